package dev.partneros.cli;

import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option value converters, each refusing a malformed value with a message that says what is
 * expected and what was given (picocli prefixes the option's name): a usage error, exit code
 * {@link PartnerOsCli#USAGE}.
 */
final class Converters {

  private Converters() {}

  /** A count: a whole number, 0 or more. */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int count = Integer.parseInt(value);
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new TypeConversionException("must be a whole number, 0 or more, such as 1000, but was " + value);
    }
  }

  /** A calendar day, {@code yyyy-MM-dd}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be a date such as 2027-12-31, but was " + value);
      }
    }
  }

  /** A calendar quarter, {@code 2026-Q1}. */
  static final class Quarter implements ITypeConverter<YearQuarter> {
    @Override
    public YearQuarter convert(String value) {
      try {
        return YearQuarter.parse(value);
      } catch (PartnerOsException | IllegalArgumentException e) {
        throw new TypeConversionException("must be a quarter such as 2026-Q1, but was " + value);
      }
    }
  }

  /** An amount in the program's currency: a plain decimal, no sign, separator or exponent. */
  static final class Amount implements ITypeConverter<BigDecimal> {
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,10})?");

    @Override
    public BigDecimal convert(String value) {
      if (!PLAIN.matcher(value).matches()) {
        throw new TypeConversionException("must be an amount such as 300000.00 (no sign, thousands separator "
            + "or exponent), but was " + value);
      }
      return new BigDecimal(value);
    }
  }

  /** A tier name such as {@code GOLD} (any case). */
  static final class TierName implements ITypeConverter<Tier> {
    @Override
    public Tier convert(String value) {
      try {
        return Tier.of(value);
      } catch (PartnerOsException e) {
        throw new TypeConversionException("must be a tier name such as GOLD, but was " + value);
      }
    }
  }
}
