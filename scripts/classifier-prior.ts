// The hand-written prior: which named evidence points to which type, before any data. Training
// shrinks weights toward this (L2 around the prior, not around zero), so a family of requests
// unlike any in the training data still falls back on sensible evidence.
import { AGENT_TYPES, type AgentType } from '../src/core/types';
import { DENSE_FEATURES, INPUT_COUNT } from '../src/core/classify';

const PRIOR: Record<AgentType, Record<string, number>> = {
  simple_reflex: {
    'reflex@any': 1, reflex_share: 2, 'terse@any': 0.5, 'caps_labels@sys': 0.5, max_tokens_tiny: 1,
    schema_short_enum: 0.5, single_turn: 0.5, tool_param_enum: 0.3,
  },
  model_based_reflex: {
    'state@any': 1, state_share: 2, 'observe@any': 0.5, repeated_user_lead: 1, user_after_user: 0.5,
    repeated_tool: 0.5, 'timestamp_lines@history': 0.3, short_replies: 0.3,
  },
  goal_based: {
    'goal@any': 1, goal_share: 2, tool_nav: 0.5, tool_code: 0.5, distinct_tools_called: 0.3, schema_array: 0.3,
  },
  utility_based: {
    'utility@any': 1, utility_share: 2, 'choose@any': 0.5, 'money_percent@user': 0.3, 'table_rows@user': 0.3,
    'option_lines@user': 0.5, 'comparisons@user': 0.2, tool_compute: 0.5,
  },
  learning: {
    'learning@any': 1, learning_share: 2, 'outcome_lines@user': 0.5, 'outcome_lines@history': 0.5,
    tool_memory: 0.7, 'indexed_lines@user': 0.2,
  },
};

/** Prior weights in the training layout (class-major, INPUT_COUNT per class), zero for everything not named above. */
export function priorWeights(): Float64Array {
  const prior = new Float64Array(AGENT_TYPES.length * INPUT_COUNT);
  AGENT_TYPES.forEach((type, k) => {
    for (const [name, weight] of Object.entries(PRIOR[type])) {
      const f = DENSE_FEATURES.indexOf(name);
      if (f < 0) throw new Error(`prior names unknown feature ${name}`);
      prior[k * INPUT_COUNT + f] = weight;
    }
  });
  return prior;
}
