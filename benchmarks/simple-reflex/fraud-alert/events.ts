// Account-log events: the decisive patterns (fraud rules and their near misses) and benign padding.
import type { Rng } from '../../lib/rng';

export interface LogEvent {
  /** Minutes since 00:00 on the log's day. */
  minute: number;
  text: string;
}

export const FRAUD_RULES = ['R1', 'R2', 'R3', 'R4'] as const;
export type FraudRule = (typeof FRAUD_RULES)[number];

/** Each pattern renders events starting at `start`; near misses look alike but break one condition. */
export type Pattern = (rng: Rng, start: number, home: string) => LogEvent[];

const NEW_DEVICES = ['Pixel 8 (new device)', 'Windows PC (new device)', 'iPad (new device)'];
const NEW_PAYEES = ['J. Moreau', 'Quickline Ltd', 'A. Kowalski', 'Sunrise Trading'];
const FOREIGN = ['Brazil', 'Thailand', 'Romania', 'Mexico', 'Vietnam'];
const MICRO_MERCHANTS = ['pay-check.io', 'webstore-41', 'donate-now.org', 'gift-codes.net', 'e-tickets.co'];

const takeover = (transferGap: number, payeeNew: boolean): Pattern => (rng, start) => {
  const payee = payeeNew ? rng.pick(NEW_PAYEES) : 'Landlord (saved payee since 2021)';
  return [
    { minute: start, text: `login success, device ${rng.pick(NEW_DEVICES)}, IP 185.${rng.int(10, 250)}.${rng.int(1, 250)}.9` },
    { minute: start + rng.int(3, 15), text: `password changed` },
    ...(payeeNew ? [{ minute: start + 20, text: `payee added: ${payee}` }] : []),
    { minute: start + transferGap, text: `transfer $${rng.int(9, 48)}00.00 to ${payee}` },
  ];
};

const travel = (notice: boolean): Pattern => (rng, start, home) => {
  const country = rng.pick(FOREIGN);
  return [
    ...(notice ? [{ minute: 5, text: `travel notice on file: ${country}, valid all this week` }] : []),
    { minute: start, text: `card-present purchase $${rng.int(12, 90)}.40 at grocery store, ${home}` },
    { minute: start + rng.int(60, 150), text: `card-present purchase $${rng.int(100, 400)}.00 at electronics store, ${country}` },
  ];
};

const cardTesting = (sameMerchant: boolean, bigAfter: boolean): Pattern => (rng, start) => {
  const merchants = sameMerchant ? [MICRO_MERCHANTS[0]!, MICRO_MERCHANTS[0]!, MICRO_MERCHANTS[0]!] : rng.shuffle(MICRO_MERCHANTS).slice(0, 3);
  const events = merchants.map((merchant, i) => ({ minute: start + i * 2, text: `online purchase $${rng.int(1, 1)}.${rng.int(10, 99)} at ${merchant}` }));
  const big = bigAfter ? `online purchase $${rng.int(6, 19)}${rng.int(10, 99)}.00 at luxe-watches.shop` : `online purchase $${rng.int(20, 60)}.00 at bookshop.example`;
  return [...events, { minute: start + 8, text: big }];
};

const stuffing = (knownIp: boolean): Pattern => (rng, start) => {
  const ip = knownIp ? '81.2.69.160 (usual home IP)' : `45.${rng.int(10, 250)}.${rng.int(1, 250)}.77`;
  const failures = Array.from({ length: 6 }, (_, i) => ({ minute: start + i, text: `login failed (wrong password), IP ${ip}` }));
  return [
    ...failures,
    { minute: start + 7, text: `login success, IP ${ip}` },
    { minute: start + 7 + rng.int(5, 20), text: `withdrawal to external card $${rng.int(5, 30)}00.00` },
  ];
};

export const FRAUD_PATTERNS: Record<FraudRule, Pattern> = {
  R1: takeover(40, true),
  R2: travel(false),
  R3: cardTesting(false, true),
  R4: stuffing(false),
};

/** Near misses: legitimate logs that resemble a rule. Keyed by the legitimate reason. */
export const NEAR_MISSES: Record<string, Pattern> = {
  'known-payee': takeover(40, false),
  'slow-sequence': takeover(300, true),
  'travel-notice': travel(true),
  'same-merchant-micro': cardTesting(true, true),
  'no-big-purchase': cardTesting(false, false),
  'known-ip-retry': stuffing(true),
};

const PADDING: readonly ((rng: Rng, home: string) => string)[] = [
  () => 'login success, device iPhone 13 (known), IP 81.2.69.160',
  () => 'balance viewed',
  () => 'monthly statement downloaded',
  (rng) => `bill payment $${rng.int(30, 140)}.00 to City Power (saved payee)`,
  (rng, home) => `card-present purchase $${rng.int(3, 60)}.${rng.int(10, 99)} at cafe, ${home}`,
  (rng) => `online purchase $${rng.int(8, 80)}.${rng.int(10, 99)} at streaming-service.example`,
  () => 'notification settings updated',
  (rng) => `salary deposit $${rng.int(21, 48)}00.00`,
  () => 'logout',
  (rng, home) => `ATM withdrawal $${rng.int(2, 10)}0.00, ${home}`,
];

export function padding(rng: Rng, count: number, home: string): LogEvent[] {
  return Array.from({ length: count }, () => ({ minute: rng.int(0, 1439), text: rng.pick(PADDING)(rng, home) }));
}
