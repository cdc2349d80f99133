// Public surface of the classifier.
export { classify, sparseFeatures } from './classify';
export { defaultModel } from './default-model';
export {
  DENSE_FEATURES, FEATURE_COUNT, HASH_BUCKETS, INPUT_COUNT, MAX_SCANNED_CHARS, REQUEST_SHAPES, FeatureBuffer, extractFeatures,
  type RequestShape,
} from './features';
export { HEAD_CHARS, TAIL_CHARS } from './request-shape';
export { featureFingerprint } from './fingerprint';
export { MAX_REPLAY_TEXT, MIN_REPLAY_CHARS, ScanCache, createScanCache, type ScanCacheOptions } from './scan-replay';
export { loadModel, type ClassifierModel, type ClassifierWeightsFile } from './model';
export {
  createSessionStore, parseAgentType, resolveClassification, sessionKey,
  type ClassifyDeps, type ClassifyHints, type SessionStore,
} from './session';
