-- PartnerOS period close, schema version 1 (docs/jdbc.md#schema).
-- Every money column is numeric (exact), with its ISO-4217 currency beside it.

-- Program versions: immutable once stored. A version label is stored once with the SHA-256 of its
-- canonical JSON; storing the same label with another content is refused by PeriodClose, and the
-- trigger below refuses any update or delete.
create table program_version (
  version        text        primary key,
  effective_from date        not null,
  content_hash   char(64)    not null,
  document       jsonb       not null,
  stored_at      timestamptz not null default now()
);

create function program_version_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'program version % is immutable: store a new version instead', old.version;
end $$;

create trigger program_version_immutable before update or delete on program_version
  for each row execute function program_version_immutable();

-- One run per period: RUNNING until every partner's batch is committed, then COMPLETED. A run that
-- died keeps its row and is resumed by the next close of the period (attempts counts the starts).
create table close_run (
  run_id       bigint      generated always as identity primary key,
  period       text        not null unique,
  period_start date        not null,
  period_end   date        not null,
  facts_hash   char(64)    not null,
  program_hash char(64)    not null,
  status       text        not null check (status in ('RUNNING', 'COMPLETED')),
  partners     integer     not null check (partners >= 0),
  attempts     integer     not null default 1,
  started_at   timestamptz not null default now(),
  completed_at timestamptz,
  check (period_start <= period_end),
  check ((status = 'COMPLETED') = (completed_at is not null))
);

-- The partners whose batch a run has committed: a resumed run skips them.
create table closed_partner (
  run_id     bigint  not null references close_run,
  partner_id text    not null,
  batch      integer not null,
  primary key (run_id, partner_id)
);

-- Each partner's tier decision at the end of each closed period.
create table tier_state (
  partner_id      text   not null,
  period          text   not null,
  run_id          bigint not null references close_run,
  program_version text   not null references program_version,
  quarter_end     date   not null,
  tier            text   not null,
  status          text   not null,
  since           date   not null,
  grace_ends      date,
  transition      text,
  state           jsonb  not null,
  explanation     jsonb  not null,
  primary key (partner_id, period)
);

-- The commission ledger: the engine's ledger entries (docs/rules/commission.md#partner-balance), each
-- booked once, in the period of its date; an entry of a period already closed that the engine now
-- gives (a late fact) is booked as LATE in the period being closed, and a stored entry it no longer
-- gives is cancelled by a REVERSAL there. Nothing is ever updated.
create table commission_entry (
  entry_id        bigint        generated always as identity primary key,
  run_id          bigint        not null references close_run,
  period          text          not null,
  partner_id      text          not null,
  seq             integer       not null,
  entry_date      date          not null,
  kind            text          not null check (kind in ('ACCRUAL', 'ACCRUAL_CANCELLATION', 'PAYABLE',
                                  'PAYABLE_CANCELLATION', 'CLAWBACK', 'PAYOUT')),
  amount          numeric(21,4) not null check (amount > 0),
  currency        char(3)       not null,
  effect          numeric(21,4) not null,
  line_id         text,
  deal_id         text,
  program_version text          not null references program_version,
  correction      text          check (correction in ('LATE', 'REVERSAL')),
  reverses        bigint        unique references commission_entry,
  explanation     jsonb         not null,
  unique (period, partner_id, seq),
  check ((correction = 'REVERSAL') = (reverses is not null))
);

create index commission_entry_partner on commission_entry (partner_id, entry_date);

-- Payouts: one per PAYOUT ledger entry, never more than the net payable (checked before writing).
create table payout (
  payout_id       bigint        generated always as identity primary key,
  run_id          bigint        not null references close_run,
  period          text          not null,
  partner_id      text          not null,
  paid_on         date          not null,
  amount          numeric(21,4) not null check (amount > 0),
  currency        char(3)       not null,
  entry_id        bigint        not null unique references commission_entry,
  program_version text          not null references program_version,
  explanation     jsonb         not null
);

-- The MDF ledger: each decided request booked once (granted may be zero); a decision that changed
-- after its period closed is reversed and booked again in the period being closed.
create table mdf_entry (
  entry_id        bigint        generated always as identity primary key,
  run_id          bigint        not null references close_run,
  period          text          not null,
  partner_id      text          not null,
  request_id      text          not null,
  seq             integer       not null,
  submitted       date          not null,
  requested       numeric(21,4) not null,
  granted         numeric(21,4) not null,
  currency        char(3)       not null,
  outcome         text          not null,
  program_version text          not null references program_version,
  correction      text          check (correction in ('LATE', 'REVERSAL')),
  explanation     jsonb         not null,
  unique (request_id, seq)
);
