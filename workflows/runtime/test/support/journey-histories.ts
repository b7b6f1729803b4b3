import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';

/** Recorded journey histories, kept with the workflows they guard. */
export const historiesFolder = path.resolve(__dirname, '../../../journeys/test/histories');

const History = temporal.api.history.v1.History;

// Stored as the protobuf JSON of the History message. (@temporalio/common's historyToJSON and
// historyFromJSON fail with the protobufjs copy installed beside it: "type must be a Type".)
const JSON_FORM = { longs: String, enums: String, bytes: String } as const;

export function saveHistory(file: string, history: temporal.api.history.v1.IHistory): void {
  const json = History.toObject(History.fromObject(history), JSON_FORM);
  writeFileSync(path.join(historiesFolder, file), `${JSON.stringify(json, null, 1)}\n`);
}

export function recordedHistories(): { name: string; history: temporal.api.history.v1.History }[] {
  return readdirSync(historiesFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, history: History.fromObject(JSON.parse(readFileSync(path.join(historiesFolder, file), 'utf8'))) }));
}
