// Node-only stores: the JSONL run log file and atomic profile files.
export { createFileRunLog } from './run-log-file';
export { fileProfileSink } from './profile-file';
