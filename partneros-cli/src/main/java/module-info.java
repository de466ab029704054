/**
 * PartnerOS command line: the {@code partneros} command ({@code evaluate}, {@code diff},
 * {@code validate}, {@code generate}, {@code explain}, {@code generate-completion}) over the
 * portfolio module. It exports nothing: it is an application, run by its main class
 * {@code dev.partneros.cli.PartnerOsCli} from the class path (the shaded jar, the distribution's
 * launcher) or from the module path ({@code java -p lib -m dev.partneros.cli/dev.partneros.cli.PartnerOsCli}).
 */
module dev.partneros.cli {
  requires dev.partneros.portfolio;
  requires info.picocli;

  // picocli reads and sets the commands' annotated fields and methods reflectively.
  opens dev.partneros.cli to info.picocli;
}
