// goal_based with a described target state: the whole space is visible or can be inspected, and
// the agent must plan the ordered steps that transform the current state into the target one.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, list, str, sys, t, tool, user } from './kit';

export const goalBasedStates: Family[] = [
  {
    id: 'gbs-schema-migration', label: 'goal_based', difficulty: 'hard', variants: 7,
    rationale: 'The current database schema can be inspected and a target schema is given; the answer is the ordered migration plan.',
    make(rng) {
      const table = rng.pick(['invoices', 'members', 'shipments', 'readings']);
      const messages: ChatMessage[] = [sys(rng.pick(['Database agent. Bring the schema to the desired state without losing data. Inspect first, then give the ordered migration steps as ALTER TABLE, CREATE INDEX or DROP COLUMN statements.', 'You write migration plans. Current state first, then the steps to the target.'])), user(`Desired state: ${table}.${rng.pick(['customer_id', 'owner_id'])} NOT NULL with FK to customers, column ${rng.pick(['amount', 'value'])} as numeric(12,2), index on created_at, legacy column ${rng.pick(['notes_old', 'tmp_flag'])} dropped.`)];
      if (rng.chance(0.7)) exchange(rng, messages, 'describe_table', { table }, `column | type | null\nid | bigint | no\ncustomer_id | bigint | yes\namount | text | yes\nnotes_old | text | yes\ncreated_at | timestamptz | no`);
      return { messages, tools: [tool('describe_table', 'Show columns.', { table: str }), tool('run_sql', 'Run SQL.', { sql: str })], response_format: rng.chance(0.4) ? jsonSchema('migration_plan', { steps: list(str) }) : undefined };
    },
  },
  {
    id: 'gbs-lab-plate', label: 'goal_based', difficulty: 'medium', variants: 7,
    rationale: 'A liquid-handling robot must turn the current plate layout into the target layout; the agent plans the transfer sequence.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'ja', 'fr', 'es', 'en'] as Lang[])[i]!;
      const wells = Array.from({ length: rng.int(3, 6) }, () => `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 12)}: ${rng.pick(['buffer 50 µL', 'sample S1 20 µL', 'empty', 'enzyme 10 µL'])}`);
      const goal = t(lang, { en: 'Target: every sample well also holds 10 µL enzyme and 40 µL buffer, row D emptied. Give the ordered transfers.', de: 'Ziel: jede Probe zusätzlich 10 µL Enzym und 40 µL Puffer, Reihe D leer. Gib die Transfers in Reihenfolge an.', ja: '目標：全サンプルウェルに酵素10 µLとバッファー40 µLを加え、D列を空にする。移液手順を順番に。', fr: 'Objectif : chaque puits échantillon reçoit 10 µL d’enzyme et 40 µL de tampon, rangée D vidée. Donne les transferts dans l’ordre.', es: 'Objetivo: cada pocillo de muestra con 10 µL de enzima y 40 µL de tampón, fila D vacía. Da las transferencias en orden.' });
      return { lang, messages: [sys(t(lang, { en: 'Liquid-handler planner.', de: 'Planer für einen Pipettierroboter.', ja: '分注ロボットの計画担当。', fr: 'Planificateur de robot de pipetage.', es: 'Planificador de robot de pipeteo.' })), user(`${wells.join('\n')}\n${goal}`)], response_format: jsonSchema('transfers', { steps: list(str) }) };
    },
  },
  {
    id: 'gbs-router-config', label: 'goal_based', difficulty: 'hard', variants: 6,
    rationale: 'The device state is read with a tool and a desired end state is given; the agent plans the command sequence (order matters to avoid lock-out).',
    make(rng) {
      const messages: ChatMessage[] = [sys('Network automation agent. Reach the requested configuration without cutting your own management session. Steps are SHOW, CONFIGURE, COMMIT or ROLLBACK.'), user(`Requested end state on ${rng.pick(['edge-r1', 'core-sw2', 'branch-fw'])}: management moved to VLAN ${rng.int(10, 99)}, SSH only from 10.${rng.int(0, 9)}.0.0/16, old ACL ${rng.int(100, 199)} removed.`)];
      exchange(rng, messages, 'show', { what: 'running-config' }, `interface vlan1\n ip address 10.0.0.${rng.int(2, 9)}/24\nline vty 0 4\n access-class ${rng.int(100, 199)} in\n transport input telnet ssh`);
      if (rng.chance(0.5)) exchange(rng, messages, 'show', { what: 'vlan brief' }, `1 default active\n${rng.int(10, 99)} mgmt active`);
      return { messages, tools: [tool('show', 'Read device state.', { what: str }), tool('configure', 'Apply config lines.', { lines: list(str) })] };
    },
  },
];
