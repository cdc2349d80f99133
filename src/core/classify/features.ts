// Request -> feature vector. Named (dense) features carry the hand-written evidence and become
// the `signals`; hashed word/bigram counts let a retrained model pick up a deployment's vocabulary.
// The buffer is reused across calls: no per-request allocation beyond a few small objects.
import type { ChatMessage, ChatRequest } from '../types';
import { LEXICON_GROUPS, TOOL_GROUPS } from './lexicon';
import {
  CalledTools, HEAD_CHARS, LEAD_OBSERVE, LEAD_TRIAL, MAX_NAMED_CALLS, OLD_HISTORY_HEAD, RECENT_HISTORY, RECENT_HISTORY_HEAD, TAIL_CHARS, countToolName, emptySchemaStats, leadGroup, leadWordHash, roleOf, scanCapped,
  scanContent, walkSchema, type ContentShape, type SchemaStats,
} from './request-shape';
import type { ScanCache } from './scan-replay';
import { GROUP_COUNT, STAT_COUNT, ZONE_STATS, type ScanSink } from './tokenize';

export const HASH_BUCKETS = 1024;
/** Total characters of message text scanned per request; newest history first once it runs out. */
export const MAX_SCANNED_CHARS = 65_536;

// 'history' is older user and assistant turns; 'results' is tool output (observations, outcomes,
// retrieved memories); 'tools' is tool and schema definitions.
const ZONES = ['sys', 'user', 'history', 'tools', 'results'] as const;
const [SYS, USER, HISTORY, TOOLS, RESULTS] = [0, 1, 2, 3, 4];
const STAT_ZONES = [SYS, USER, HISTORY, RESULTS];

const STRUCTURE = [
  'turns', 'user_turns', 'assistant_turns', 'tool_results', 'tool_calls', 'has_system', 'single_turn',
  'last_is_tool', 'last_is_user', 'last_is_assistant', 'tools_defined', 'tool_choice_required',
  'json_schema', 'json_object', 'schema_enum', 'schema_short_enum', 'schema_array', 'schema_numbers',
  'schema_fields', 'tool_param_enum', 'max_tokens_tiny', 'max_tokens_small', 'short_replies',
  'tool_only_replies', 'repeated_user_lead', 'user_after_user', 'numeric_user_turns', 'system_length',
  'last_user_length', 'history_length', 'images', 'no_user_turn', 'many_turns',
  'numbers_ratio@user', 'numbers_ratio@history', 'repeated_tool', 'distinct_tools_called',
  // Conversation rhythm. A step: a tool result answered directly by the next action (the agent
  // keeps acting in the same world). A trial: a new user turn after a decision and its outcome (a
  // new case after feedback). A reply: a user turn right after the assistant (dialogue, streams).
  'step_cycles', 'trial_cycles', 'reply_cycles', 'step_ratio', 'trial_ratio',
  'lead_trial', 'lead_observe', 'lead_trial@user', 'lead_observe@user', 'repeated_result_lead',
  // Messages right after a decision that grade it with numbers ("error 12%", "reward 0.4").
  'graded_decisions',
] as const;
// Share of each type's cue words among all type cue words: length-independent lexical vote.
const SHARE_GROUPS = LEXICON_GROUPS.slice(0, 5);
type StructureName = (typeof STRUCTURE)[number];

export const DENSE_FEATURES: readonly string[] = [
  ...STRUCTURE,
  ...STAT_ZONES.flatMap((zone) => ZONE_STATS.map((stat) => `${stat}@${ZONES[zone]}`)),
  ...ZONES.flatMap((zone) => LEXICON_GROUPS.map((group) => `${group}@${zone}`)),
  ...TOOL_GROUPS.map((group) => `tool_${group}`),
  ...LEXICON_GROUPS.map((group) => `${group}@any`),
  ...SHARE_GROUPS.map((group) => `${group}_share`),
  ...LEXICON_GROUPS.map((group) => `${group}@table`),
];
const STAT_OFFSET = STRUCTURE.length;
const LEX_OFFSET = STAT_OFFSET + STAT_ZONES.length * STAT_COUNT;
const TOOL_OFFSET = LEX_OFFSET + ZONES.length * GROUP_COUNT;
const ANY_OFFSET = TOOL_OFFSET + TOOL_GROUPS.length;
const SHARE_OFFSET = ANY_OFFSET + GROUP_COUNT;
const TABLE_OFFSET = SHARE_OFFSET + SHARE_GROUPS.length;
export const HASH_OFFSET = TABLE_OFFSET + GROUP_COUNT;
export const FEATURE_COUNT = HASH_OFFSET + HASH_BUCKETS;
/**
 * What kind of conversation a request is. The model keeps a second set of dense-feature weights
 * per shape, so evidence can count differently in a one-shot prompt, a tool loop and a dialogue
 * ("plan" or "past results" say different things in each); hashed words share one set.
 */
export const REQUEST_SHAPES = ['single', 'tools', 'dialogue'] as const;
export type RequestShape = (typeof REQUEST_SHAPES)[number];
export const SHAPE_COUNT = REQUEST_SHAPES.length;
/** Inputs of the trained model: the features, then the dense block again for each shape. */
export const INPUT_COUNT = FEATURE_COUNT + SHAPE_COUNT * HASH_OFFSET;
const FEEDBACK = LEXICON_GROUPS.indexOf('feedback');
const LEARNING = LEXICON_GROUPS.indexOf('learning');
const at = (name: StructureName): number => STRUCTURE.indexOf(name);

// Message roles as small integers. Messages of each role have their own object shape, so reading
// `role` is a polymorphic load: scanStructure reads it once per message for both scans.
const enum Role { Other, System, User, Assistant, Tool }
function roleCode(message: ChatMessage | undefined): Role {
  switch (roleOf(message)) {
    case 'user': return Role.User;
    case 'assistant': return Role.Assistant;
    case 'tool': return Role.Tool;
    case 'system': case 'developer': return Role.System;
    default: return Role.Other;
  }
}
const F = Object.fromEntries(STRUCTURE.map((name) => [name, at(name)])) as Record<StructureName, number>;

/** Reusable scratch space for one extraction at a time. */
export class FeatureBuffer implements ScanSink {
  readonly values = new Float32Array(FEATURE_COUNT);
  readonly hashed = this.values.subarray(HASH_OFFSET);
  readonly stats = new Float32Array(ZONES.length * STAT_COUNT);
  readonly lexicon = new Float32Array(ZONES.length * GROUP_COUNT);
  readonly tableLexicon = new Float32Array(GROUP_COUNT);
  readonly hashCounts = new Int32Array(HASH_BUCKETS);
  readonly touched = new Int32Array(HASH_BUCKETS);
  touchedCount = 0;
  /** The non-zero dense features, ascending: written by logits(), read by topSignals(). */
  readonly nonZero = new Int32Array(HASH_OFFSET);
  nonZeroCount = 0;
  /** Set for one extraction: replays of text seen before (see scan-replay.ts). */
  replays: ScanCache | undefined = undefined;
  /** Index into REQUEST_SHAPES. */
  requestShape = 0;
  readonly shape: ContentShape = { chars: 0, images: 0 };
  readonly rfSchema = emptySchemaStats({} as SchemaStats);
  readonly toolSchema = emptySchemaStats({} as SchemaStats);
  readonly calledTools = new CalledTools();
  /** Each message's Role, written by scanStructure (grown as needed). */
  roles = new Uint8Array(64);

  reset(): void {
    this.values.fill(0, 0, HASH_OFFSET);
    const hashed = this.hashed, hashCounts = this.hashCounts, touched = this.touched;
    for (let i = 0, n = this.touchedCount; i < n; i++) hashed[touched[i]!] = hashCounts[touched[i]!] = 0;
    this.touchedCount = 0;
    this.stats.fill(0);
    this.lexicon.fill(0);
    this.tableLexicon.fill(0);
    emptySchemaStats(this.rfSchema);
    emptySchemaStats(this.toolSchema);
  }
}

// log1p of the small integer counts (messages, turns, cues, schema nodes), computed once: the same
// doubles as Math.log1p, without its call. Larger or fractional values fall back to Math.log1p.
const LOG1P_COUNTS = Float64Array.from({ length: 1024 }, (_, n) => Math.log1p(n));
function log1pCount(x: number): number {
  return x < 1024 && (x | 0) === x ? LOG1P_COUNTS[x]! : Math.log1p(x);
}

function scanTools(request: ChatRequest, buffer: FeatureBuffer): number {
  const tools = Array.isArray(request.tools) ? request.tools : [];
  const count = Math.min(tools.length, 64);
  for (let i = 0; i < count; i++) {
    const fn = tools[i]?.function;
    if (typeof fn !== 'object' || fn === null) continue;
    if (typeof fn.name === 'string') {
      countToolName(fn.name, buffer.values, TOOL_OFFSET);
      scanCapped(fn.name, TOOLS, buffer);
    }
    if (typeof fn.description === 'string') scanCapped(fn.description, TOOLS, buffer);
    walkSchema(fn.parameters, 0, buffer.toolSchema, buffer, TOOLS);
  }
  const format = request.response_format;
  if (typeof format === 'object' && format !== null && format.type === 'json_schema') {
    const spec = format.json_schema;
    if (typeof spec?.name === 'string') scanCapped(spec.name, TOOLS, buffer);
    if (typeof spec?.description === 'string') scanCapped(spec.description, TOOLS, buffer);
    walkSchema(spec?.schema, 0, buffer.rfSchema, buffer, TOOLS);
  }
  return tools.length;
}

/** Counts roles and turn shapes over every message (cheap: no text is read here); fills `buffer.roles`. */
function scanStructure(messages: readonly ChatMessage[], buffer: FeatureBuffer): void {
  const v = buffer.values;
  if (buffer.roles.length < messages.length) buffer.roles = new Uint8Array(messages.length);
  const roles = buffer.roles;
  let users = 0, assistants = 0, toolResults = 0, calls = 0, shortReplies = 0, toolOnly = 0;
  let repeatedLead = 0, userAfterUser = 0, lastLead = 0, previousRole = Role.Other, namedCalls = 0;
  let repeatedTool = 0, lastToolName = '', distinctTools = 0;
  let steps = 0, trials = 0, replies = 0, sinceAssistant = -1, leadTrial = 0, leadObserve = 0;
  let lastUserLead = -1, lastResultLead = 0, repeatedResult = 0;
  const called = buffer.calledTools;
  called.clear();
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    const role = roleCode(message);
    roles[i] = role;
    if (role === Role.User || role === Role.Tool) {
      const lead = leadWordHash((message as { content?: unknown }).content);
      const group = leadGroup(lead);
      if (group === LEAD_TRIAL) leadTrial++;
      else if (group === LEAD_OBSERVE) leadObserve++;
      if (role === Role.User) {
        users++;
        if (previousRole === Role.User) userAfterUser++;
        if (lead !== 0 && lead === lastLead) repeatedLead++;
        lastLead = lead;
        lastUserLead = group;
        if (sinceAssistant === 0) replies++;
        else if (sinceAssistant > 0) trials++;
      } else {
        toolResults++;
        if (lead !== 0 && lead === lastResultLead) repeatedResult++;
        lastResultLead = lead;
      }
      if (sinceAssistant >= 0) sinceAssistant++;
    } else if (role === Role.Assistant) {
      if (previousRole === Role.Tool) steps++;
      sinceAssistant = 0;
      assistants++;
      const toolCalls = (message as { tool_calls?: unknown }).tool_calls;
      const callCount = Array.isArray(toolCalls) ? toolCalls.length : 0;
      calls += callCount;
      for (let c = 0; c < callCount && c < 8; c++) {
        const name: unknown = (toolCalls as { function?: { name?: unknown } }[])[c]?.function?.name;
        if (typeof name !== 'string' || namedCalls++ >= MAX_NAMED_CALLS) continue;
        if (called.count(name, v, TOOL_OFFSET)) distinctTools++;
        if (name === lastToolName) repeatedTool++;
        lastToolName = name;
      }
      const content = (message as { content?: unknown }).content;
      if (callCount > 0) toolOnly++;
      else if (typeof content === 'string' && content.length < 40) shortReplies++;
    }
    previousRole = role;
  }
  v[F.turns] = log1pCount(messages.length);
  v[F.user_turns] = log1pCount(users);
  v[F.assistant_turns] = log1pCount(assistants);
  v[F.tool_results] = log1pCount(toolResults);
  v[F.tool_calls] = log1pCount(calls);
  v[F.single_turn] = users === 1 && assistants === 0 ? 1 : 0;
  v[F.short_replies] = assistants > 0 ? shortReplies / assistants : 0;
  v[F.tool_only_replies] = assistants > 0 ? toolOnly / assistants : 0;
  v[F.repeated_user_lead] = users > 1 ? repeatedLead / (users - 1) : 0;
  v[F.user_after_user] = log1pCount(userAfterUser);
  v[F.no_user_turn] = users === 0 ? 1 : 0;
  v[F.repeated_tool] = namedCalls > 1 ? repeatedTool / (Math.min(namedCalls, MAX_NAMED_CALLS) - 1) : 0;
  v[F.distinct_tools_called] = log1pCount(distinctTools);
  v[F.many_turns] = messages.length >= 8 ? 1 : 0;
  v[F.step_cycles] = log1pCount(steps);
  v[F.trial_cycles] = log1pCount(trials);
  v[F.reply_cycles] = log1pCount(replies);
  v[F.step_ratio] = assistants > 0 ? steps / assistants : 0;
  v[F.trial_ratio] = assistants > 0 ? trials / assistants : 0;
  v[F.lead_trial] = log1pCount(leadTrial);
  v[F.lead_observe] = log1pCount(leadObserve);
  v[F['lead_trial@user']] = lastUserLead === LEAD_TRIAL ? 1 : 0;
  v[F['lead_observe@user']] = lastUserLead === LEAD_OBSERVE ? 1 : 0;
  v[F.repeated_result_lead] = toolResults > 1 ? repeatedResult / (toolResults - 1) : 0;
  const last = messages.length > 0 ? roles[messages.length - 1] : Role.Other;
  v[F.last_is_tool] = last === Role.Tool ? 1 : 0;
  v[F.last_is_user] = last === Role.User ? 1 : 0;
  v[F.last_is_assistant] = last === Role.Assistant ? 1 : 0;
}

/** Scans message text: system, then the latest user turn, then history newest first (budgeted). */
function scanMessages(messages: readonly ChatMessage[], buffer: FeatureBuffer): void {
  const v = buffer.values;
  const roles = buffer.roles;
  let lastUser = -1, lastSystem = -1;
  for (let i = messages.length - 1; i >= 0 && (lastUser < 0 || lastSystem < 0); i--) {
    if (roles[i] === Role.User && lastUser < 0) lastUser = i;
    else if (roles[i] === Role.System && lastSystem < 0) lastSystem = i;
  }
  let budget = MAX_SCANNED_CHARS, systemChars = 0, historyChars = 0, numericUsers = 0, images = 0, graded = 0;
  const lex = buffer.lexicon;
  let historySeen = 0;
  for (let pass = 0; pass < 3; pass++) {
    // Each pass starts at the newest message it scans: the last system message, the latest user turn.
    const first = pass === SYS ? lastSystem : pass === USER ? lastUser : messages.length - 1;
    const stop = pass === USER ? Math.max(lastUser, 0) : 0;
    for (let i = first; i >= stop && budget > 0; i--) {
      const role = roles[i];
      const isSystem = role === Role.System;
      const zone = isSystem ? SYS : i === lastUser ? USER : role === Role.Tool ? RESULTS : HISTORY;
      if ((zone === RESULTS ? HISTORY : zone) !== pass) continue;
      const base = zone * STAT_COUNT;
      const words = buffer.stats[base]!, numbers = buffer.stats[base + 1]!;
      const lexBase = zone * GROUP_COUNT;
      const cues = lex[lexBase + FEEDBACK]! + lex[lexBase + LEARNING]!;
      const head = pass !== HISTORY ? HEAD_CHARS : historySeen++ < RECENT_HISTORY ? RECENT_HISTORY_HEAD : OLD_HISTORY_HEAD;
      const tail = pass !== HISTORY ? TAIL_CHARS : 0;
      scanContent((messages[i] as { content?: unknown }).content, zone, buffer, buffer.shape, head, tail);
      budget -= Math.min(buffer.shape.chars, 4096);
      images += buffer.shape.images;
      if (zone === SYS) systemChars += buffer.shape.chars;
      else if (zone === USER) v[F.last_user_length] = log1pCount(buffer.shape.chars);
      else historyChars += buffer.shape.chars;
      const dn = buffer.stats[base + 1]! - numbers, dw = buffer.stats[base]! - words;
      if (role === Role.User && dn >= 2 && dn * 2 >= dw) numericUsers++;
      const afterDecision = i > 0 && roles[i - 1] === Role.Assistant && !isSystem;
      if (afterDecision && dn >= 1 && lex[lexBase + FEEDBACK]! + lex[lexBase + LEARNING]! > cues) graded++;
    }
  }
  v[F.graded_decisions] = log1pCount(graded);
  v[F.has_system] = systemChars > 0 ? 1 : 0;
  v[F.system_length] = log1pCount(systemChars);
  v[F.history_length] = log1pCount(historyChars);
  v[F.images] = log1pCount(images);
  v[F.numeric_user_turns] = log1pCount(numericUsers);
}

// Module-level rather than a closure in extractFeatures: under tsx/esbuild (keepNames) a named
// closure is re-created and renamed with Object.defineProperty on every call.
function numbersRatio(s: Float32Array, zone: number): number {
  return s[zone * STAT_COUNT + 1]! / (1 + s[zone * STAT_COUNT]! + s[zone * STAT_COUNT + 1]!);
}

/**
 * Fills `buffer.values` with the features of `request`. Never throws on a valid ChatRequest. With
 * `replays`, text it has seen is replayed rather than scanned (same features, bit for bit).
 */
export function extractFeatures(request: ChatRequest, buffer: FeatureBuffer, replays?: ScanCache): void {
  buffer.reset();
  buffer.replays = replays;
  const v = buffer.values;
  const messages = Array.isArray(request?.messages) ? request.messages : [];
  scanStructure(messages, buffer);
  scanMessages(messages, buffer);
  v[F.tools_defined] = log1pCount(scanTools(request, buffer));
  const choice = request.tool_choice;
  v[F.tool_choice_required] = choice === 'required' || (typeof choice === 'object' && choice !== null) ? 1 : 0;
  const format = request.response_format?.type;
  v[F.json_schema] = format === 'json_schema' ? 1 : 0;
  v[F.json_object] = format === 'json_object' ? 1 : 0;
  const rf = buffer.rfSchema;
  v[F.schema_enum] = log1pCount(rf.enums);
  v[F.schema_short_enum] = log1pCount(rf.shortEnums);
  v[F.schema_array] = log1pCount(rf.arrays);
  v[F.schema_numbers] = log1pCount(rf.numbers);
  v[F.schema_fields] = log1pCount(rf.properties);
  v[F.tool_param_enum] = log1pCount(buffer.toolSchema.shortEnums);
  const maxTokens = request.max_tokens ?? request.max_completion_tokens;
  v[F.max_tokens_tiny] = typeof maxTokens === 'number' && maxTokens <= 16 ? 1 : 0;
  v[F.max_tokens_small] = typeof maxTokens === 'number' && maxTokens <= 256 ? 1 : 0;
  const s = buffer.stats;
  v[F['numbers_ratio@user']] = numbersRatio(s, USER);
  v[F['numbers_ratio@history']] = numbersRatio(s, HISTORY);
  // Most counts are 0 and log1p(0) is 0, which reset() already wrote: skip them.
  for (let z = 0; z < STAT_ZONES.length; z++) {
    const from = STAT_ZONES[z]! * STAT_COUNT, to = STAT_OFFSET + z * STAT_COUNT;
    for (let i = 0; i < STAT_COUNT; i++) if (s[from + i] !== 0) v[to + i] = log1pCount(s[from + i]!);
  }
  const lexicon = buffer.lexicon;
  for (let i = 0; i < TOOL_GROUPS.length; i++) if (v[TOOL_OFFSET + i] !== 0) v[TOOL_OFFSET + i] = log1pCount(v[TOOL_OFFSET + i]!);
  let typeCues = 0;
  // One pass over the zone cue counts: each non-zero count's feature, and its group's sum.
  for (let g = 0; g < GROUP_COUNT; g++) {
    let sum = 0;
    for (let at = g; at < ZONES.length * GROUP_COUNT; at += GROUP_COUNT) {
      const count = lexicon[at]!;
      if (count === 0) continue;
      v[LEX_OFFSET + at] = log1pCount(count);
      sum += count;
    }
    if (sum !== 0) v[ANY_OFFSET + g] = log1pCount(sum);
    if (g < SHARE_GROUPS.length) typeCues += sum;
  }
  for (let g = 0; g < SHARE_GROUPS.length; g++) if (v[ANY_OFFSET + g] !== 0) v[SHARE_OFFSET + g] = Math.expm1(v[ANY_OFFSET + g]!) / (1 + typeCues);
  const table = buffer.tableLexicon;
  for (let g = 0; g < GROUP_COUNT; g++) if (table[g] !== 0) v[TABLE_OFFSET + g] = log1pCount(table[g]!);
  const touched = buffer.touched, hashCounts = buffer.hashCounts, hashed = buffer.hashed;
  for (let i = 0, n = buffer.touchedCount; i < n; i++) {
    const b = touched[i]!;
    hashed[b] = log1pCount(hashCounts[b]!);
  }
  const usesTools = v[F.tool_results] !== 0 || v[F.tool_calls] !== 0 || v[F.tools_defined] !== 0;
  buffer.requestShape = usesTools ? 1 : v[F.assistant_turns] !== 0 ? 2 : 0;
}
