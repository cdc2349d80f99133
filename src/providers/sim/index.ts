export { createSimAdapter, estimateTokens, type SimAdapterOptions } from './adapter';
export { cannedReply, label } from './canned';
export { playsCorrectly, oracleDecision, competenceFor } from './competence';
export { sampleForSchema } from './json-sample';
export {
  simModelSpecSchema,
  simModelFileSchema,
  simCatalogEntry,
  findSimSpec,
  type SimModelSpec,
  type SimModelFile,
} from './spec';
export { realSleep, type Sleep } from './timing';
export { shippedSimModels, simCatalog, SIM_PRICE_SNAPSHOT } from './shipped';
