/**
 * PartnerOS core: the values every rule family shares (money, rates, FX conversion, periods,
 * partners, the tier ladder), structured explanations, validation problems, penny-exact allocation
 * and the strict loader for JSON and YAML program documents. It knows no rule family.
 */
module dev.partneros.core {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;

  exports dev.partneros.core;
  exports dev.partneros.core.spi;

  // The rule modules' section readers, which check a program file's sections when it is loaded.
  uses dev.partneros.core.spi.SectionReader;

  // The problem collector of the rule modules' validation; not API.
  exports dev.partneros.core.internal to dev.partneros.scoring, dev.partneros.tiers, dev.partneros.attribution;

  // Jackson builds the generated value classes reflectively.
  opens dev.partneros.core to com.fasterxml.jackson.databind;
}
