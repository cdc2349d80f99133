// One TrainingPool worker: keeps the examples it was given and fits models on request.
import { parentPort } from 'node:worker_threads';
import { trainModel, type Example, type LinearModel } from './logistic-regression';

type Message = { type: 'init'; examples: Example[] } | { type: 'train'; rows: Int32Array; l2: number };

let examples: Example[] = [];
parentPort!.on('message', (message: Message) => {
  if (message.type === 'init') {
    examples = message.examples;
    return;
  }
  const model: LinearModel = trainModel(Array.from(message.rows, (i) => examples[i]!), message.l2);
  parentPort!.postMessage(model);
});
