// The invariants and their log generators: a broken variant (evidence split across time) and a benign one.
import type { Rng } from '../../lib/rng';

export const INVARIANTS = [
  'single-leader', 'payment-once', 'replica-lag', 'lock-exclusive',
  'monotonic-commit', 'queue-ack', 'clock-skew', 'config-converge',
] as const;
export type Invariant = (typeof INVARIANTS)[number];

export const INVARIANT_TEXT: Record<Invariant, string> = {
  'single-leader': 'at most one node becomes leader for a given shard and term',
  'payment-once': 'a payment id is captured at most once',
  'replica-lag': 'replica lag stays under 5000 ms',
  'lock-exclusive': 'a lock has at most one holder: a new acquire needs a release first',
  'monotonic-commit': 'a node\'s commit_index never decreases',
  'queue-ack': 'every delivered message is acked within 30 s',
  'clock-skew': 'NTP offset stays within +-500 ms',
  'config-converge': 'after "rollout ... complete", every node serves that config version',
};

export interface LogLine { t: number; text: string }
export interface Generated { lines: LogLine[]; /** When the violation becomes visible (broken only). */ evidentAt?: number }
/** `window` is the log length in seconds; broken evidence spans both halves so it needs memory. */
type Generator = (rng: Rng, broken: boolean, window: number) => Generated;

const NODES = ['node-a', 'node-b', 'node-c', 'node-d', 'node-e'];
const early = (rng: Rng, w: number) => rng.int(1, Math.floor(w * 0.4));
const late = (rng: Rng, w: number) => rng.int(Math.floor(w * 0.55), w - 1);

const singleLeader: Generator = (rng, broken, w) => {
  const [first, second] = rng.shuffle(NODES);
  const shard = rng.int(1, 9);
  const term = rng.int(3, 40);
  const t2 = late(rng, w);
  const lines = [
    { t: early(rng, w), text: `${first} raft: shard=${shard} term=${term} became leader` },
    { t: t2, text: `${second} raft: shard=${shard} term=${broken ? term : term + 1} became leader` },
  ];
  return broken ? { lines, evidentAt: t2 } : { lines };
};

const paymentOnce: Generator = (rng, broken, w) => {
  const id = `pay_${rng.int(1000, 9999)}`;
  const t2 = late(rng, w);
  const second = broken ? `payments: captured ${id} amount=42.00` : `payments: capture ${id} skipped, idempotency key already used`;
  const lines = [{ t: early(rng, w), text: `payments: captured ${id} amount=42.00` }, { t: t2, text: second }];
  return broken ? { lines, evidentAt: t2 } : { lines };
};

const replicaLag: Generator = (rng, broken, w) => {
  const replica = `db-${rng.int(1, 4)}`;
  const lines = [early(rng, w), late(rng, w)].map((t) => ({ t, text: `replication: ${replica} lag_ms=${rng.int(300, 4950)}` }));
  if (!broken) return { lines };
  const t = rng.int(1, w - 1);
  return { lines: [...lines, { t, text: `replication: ${replica} lag_ms=${rng.int(5200, 9800)}` }], evidentAt: t };
};

const lockExclusive: Generator = (rng, broken, w) => {
  const [first, second] = rng.shuffle(['worker-1', 'worker-3', 'worker-7', 'worker-9']);
  const lock = `orders/${rng.int(10, 99)}`;
  const t1 = early(rng, w);
  const t2 = late(rng, w);
  const lines = [{ t: t1, text: `${first} acquired lock ${lock}` }, { t: t2, text: `${second} acquired lock ${lock}` }];
  if (broken) return { lines, evidentAt: t2 };
  return { lines: [...lines, { t: rng.int(t1 + 1, t2 - 1), text: `${first} released lock ${lock}` }] };
};

const monotonicCommit: Generator = (rng, broken, w) => {
  const node = rng.pick(NODES);
  const index = rng.int(1000, 5000);
  const t2 = late(rng, w);
  const lines = [
    { t: early(rng, w), text: `${node} raft: commit_index=${index}` },
    { t: t2, text: `${node} raft: commit_index=${broken ? index - rng.int(3, 9) : index + rng.int(3, 9)}` },
  ];
  return broken ? { lines, evidentAt: t2 } : { lines };
};

const queueAck: Generator = (rng, broken, w) => {
  const message = `m-${rng.int(100, 999)}`;
  const t = rng.int(1, Math.floor(w * 0.45));
  const lines = [{ t, text: `queue: delivered ${message} to consumer c${rng.int(1, 4)}` }];
  if (broken) return { lines, evidentAt: t + 31 };
  return { lines: [...lines, { t: t + rng.int(4, 25), text: `queue: ack ${message}` }] };
};

const clockSkew: Generator = (rng, broken, w) => {
  const node = rng.pick(NODES);
  const t = rng.int(1, w - 1);
  const offset = broken ? rng.int(520, 990) : rng.int(40, 480);
  return { lines: [{ t, text: `ntp: ${node} offset=${rng.chance(0.5) ? '+' : '-'}${offset}ms` }], ...(broken ? { evidentAt: t } : {}) };
};

const configConverge: Generator = (rng, broken, w) => {
  const node = rng.pick(NODES);
  const version = rng.int(20, 90);
  const done = rng.int(Math.floor(w * 0.3), Math.floor(w * 0.5));
  const stale = broken ? late(rng, w) : rng.int(1, done - 1);
  const lines = [
    { t: done, text: `deploy: rollout config v${version} complete` },
    { t: stale, text: `${node} serving config v${version - 1}` },
  ];
  return broken ? { lines, evidentAt: stale } : { lines };
};

export const GENERATORS: Record<Invariant, Generator> = {
  'single-leader': singleLeader, 'payment-once': paymentOnce, 'replica-lag': replicaLag, 'lock-exclusive': lockExclusive,
  'monotonic-commit': monotonicCommit, 'queue-ack': queueAck, 'clock-skew': clockSkew, 'config-converge': configConverge,
};

export const NOISE: readonly ((rng: Rng) => string)[] = [
  (rng) => `gateway: GET /healthz 200 ${rng.int(1, 9)}ms`,
  (rng) => `${rng.pick(NODES)} gc pause ${rng.int(3, 40)}ms`,
  (rng) => `cache: hit ratio 0.${rng.int(80, 99)}`,
  (rng) => `gateway: POST /v1/orders 201 ${rng.int(20, 90)}ms`,
  (rng) => `${rng.pick(NODES)} raft: heartbeat sent term=${rng.int(3, 40)}`,
];
