/**
 * The {@code partneros} command line, {@link dev.partneros.cli.PartnerOsCli}, built on picocli.
 *
 * <h2>Commands</h2>
 *
 * <ul>
 *   <li>{@code evaluate [--program FILE]... --portfolio DIR|FILE.json --as-of DATE --out DIR
 *       [--mdf-pool AMOUNT] [--quiet]}: evaluates a portfolio under a program history and writes
 *       {@code partners.jsonl}, {@code summary.json}, {@code report.txt}, {@code report.html} and the CSV
 *       files, evaluating the book as a stream;</li>
 *   <li>{@code diff [--base FILE] --candidate FILE --portfolio ... --as-of DATE [--out DIR]
 *       [--mdf-pool AMOUNT] [--quiet]}: the portfolio under two programs, every partner that
 *       changes, the totals and the cost of the change;</li>
 *   <li>{@code validate FILE...}: checks program files, every problem with its path, several files
 *       also as one history;</li>
 *   <li>{@code generate --partners N --out DIR [--seed S] [--from QUARTER] [--quarters N]
 *       [--deals-per-partner N] [--order partner|shuffled] [--format csv|json] [--program FILE]
 *       [--quiet]}: writes a synthetic portfolio, partner by partner (up to 100,000,000 partners in
 *       constant memory);</li>
 *   <li>{@code explain PARTNER [--program FILE]... --portfolio ... --as-of DATE [--mdf-pool AMOUNT]
 *       [--why-not TIER] [--quiet]}: one partner's decisions as a text card;</li>
 *   <li>{@code generate-completion}: a bash and zsh completion script.</li>
 * </ul>
 *
 * <p>Without {@code --program} (or {@code --base}) a command uses the standard program,
 * {@link dev.partneros.core.ProgramDocument#standard()}. Every command takes {@code --help},
 * {@code --version}, {@code --debug}, {@code --max-problems N} (default 1000) and
 * {@code --problems-file FILE}. The {@code --out} folder of {@code evaluate}, {@code diff} and
 * {@code generate} is owned by PartnerOS and replaced as a whole, or left as it was
 * ({@code OutputFolder}); {@code --force} replaces a folder PartnerOS did not
 * write.
 *
 * <h2>Exit codes</h2>
 *
 * <table>
 *   <caption>Exit codes, the same for every command</caption>
 *   <tr><th>code</th><th>meaning</th><th>printed on standard error</th></tr>
 *   <tr><td>0</td><td>success</td><td>nothing (progress for 500 partners or more)</td></tr>
 *   <tr><td>1</td><td>invalid input: a program file, a portfolio row, an unknown partner</td>
 *       <td>the problems, with their file, line, column or path (the first
 *       {@code --max-problems}, then how many more); nothing is written</td></tr>
 *   <tr><td>2</td><td>usage: an unknown command or option, a missing or malformed value, an
 *       as-of date outside the program history, an {@code --out} PartnerOS did not write</td>
 *       <td>one message naming the option, and where to find the help</td></tr>
 *   <tr><td>3</td><td>environment failure: an output folder that cannot be written, a full disk,
 *       the JVM out of memory</td><td>one line naming the cause (for memory: the {@code -Xmx}
 *       to try); {@code --out} unchanged</td></tr>
 *   <tr><td>4</td><td>internal error: a defect</td><td>one line; the stack trace only with
 *       {@code --debug}</td></tr>
 * </table>
 *
 * <h2>Packaging</h2>
 *
 * <p>The build makes a self-contained jar, {@code partneros-cli-<version>.jar} (run with
 * {@code java -jar}), and a distribution archive, {@code partneros-cli-<version>-dist.zip} and
 * {@code .tar.gz}, holding the launcher {@code bin/partneros}, the jars in {@code lib/} and the sample
 * book in {@code sample/}. The version that {@code --version} prints comes from a resource Maven
 * writes at build time (or the jar manifest), never from the code.
 *
 * <p>The module has a descriptor, {@code dev.partneros.cli}: like every PartnerOS module it states
 * what it reads ({@code dev.partneros.portfolio}, {@code info.picocli}), exports nothing (it is an
 * application) and opens this package to picocli only, which sets the commands' options
 * reflectively; the distribution's {@code lib/} therefore also runs from the module path. The
 * self-contained jar is a class-path jar: every {@code module-info.class} (its own and its
 * dependencies') is left out of it, since one jar cannot hold several modules, and nothing in the
 * command line depends on running as a named module.
 */
package dev.partneros.cli;
