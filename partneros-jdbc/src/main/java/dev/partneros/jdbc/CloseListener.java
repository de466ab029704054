package dev.partneros.jdbc;

import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import java.util.List;

/**
 * Told of a period close's progress: called after each batch of partners is committed, on the
 * closing thread. An exception thrown here stops the close after that batch; the next close of
 * the period resumes after it.
 */
@FunctionalInterface
public interface CloseListener {

  /** A listener that does nothing. */
  CloseListener NONE = (period, batch, partners) -> { };

  /**
   * Reports a committed batch.
   *
   * @param period the period being closed, not null
   * @param batch the batch's number in this close, from 1
   * @param partners the batch's partners, in id order, not null
   */
  void batchCommitted(YearQuarter period, int batch, List<PartnerId> partners);
}
