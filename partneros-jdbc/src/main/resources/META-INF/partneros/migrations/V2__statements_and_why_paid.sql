-- PartnerOS period close, schema version 2 (docs/jdbc.md#schema): each partner's commission
-- statement per closed period, and the view answering "why was I paid this?".

create table commission_statement (
  partner_id      text          not null,
  period          text          not null,
  run_id          bigint        not null references close_run,
  currency        char(3)       not null,
  opening         numeric(21,4) not null,
  closing         numeric(21,4) not null,
  accrued         numeric(21,4) not null,
  payable_now     numeric(21,4) not null,
  carried_debit   numeric(21,4) not null,
  carried_forward numeric(21,4) not null,
  paid            numeric(21,4) not null,
  primary key (partner_id, period)
);

-- Every ledger entry of a partner with the program version and run that produced it and its
-- explanation, in the order it was booked.
create view why_paid as
select e.partner_id, e.period, e.entry_date, e.kind, e.amount, e.effect, e.currency, e.deal_id, e.line_id,
       e.correction, e.program_version, v.effective_from as version_effective_from, v.content_hash,
       r.run_id, r.completed_at as run_completed_at, e.explanation, e.seq
from commission_entry e
join program_version v on v.version = e.program_version
join close_run r on r.run_id = e.run_id;
