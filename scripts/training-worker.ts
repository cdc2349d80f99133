// One TrainingPool worker: keeps the examples it was given and fits models on request.
import { parentPort } from 'node:worker_threads';
import { trainModel, type Example } from './logistic-regression';

type Message = { type: 'init'; examples: Example[] } | { type: 'train'; id: number; rows: Int32Array; l2: number };

let examples: Example[] = [];
parentPort!.on('message', (message: Message) => {
  if (message.type === 'init') {
    examples = message.examples;
    return;
  }
  const model = trainModel(Array.from(message.rows, (i) => examples[i]!), message.l2);
  parentPort!.postMessage({ id: message.id, weights: model.weights, bias: model.bias });
});
