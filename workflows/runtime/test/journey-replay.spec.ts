import { harbourDataConverter, journeyWorkflowBundle, temporalSettings, workflowTracingSinks } from '@harbour/temporal';
import { Worker } from '@temporalio/worker';
import { recordedHistories } from './support/journey-histories';
import { TEST_PAYLOAD_KEY } from './support/journey-testbed';

// Journeys run for years: every change to workflow code must replay the histories of journeys
// already running. A change that cannot needs `patched()`; then record new histories with
// HARBOUR_RECORD_HISTORIES=1 npx jest workflows/runtime/test/journey-histories.record
describe('recorded journey histories', () => {
  const histories = recordedHistories();

  it('include a journey, its referral hand-off, a journey whose facts drive its legal clocks, one across borders and one opened at identification', () => {
    expect(histories.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['referral-handoff.json', 'victim-journey.json', 'victim-journey-obligations.json', 'victim-journey-cross-border.json', 'victim-journey-from-identification.json']),
    );
  });

  it.each(histories)('$name holds no clear payload: all is encrypted but search attributes, trace context and patch markers', ({ history }) => {
    const encodings = new Set<string>();
    // Search attributes and the traceparent header are not personal and must stay readable; so
    // is the marker of a patch (its id, e.g. 'vrd-22-from-first-contact'), which Temporal
    // writes itself, outside the codec.
    const visit = (node: unknown, readable: boolean): void => {
      if (Array.isArray(node)) return node.forEach((item) => visit(item, readable));
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      const metadata = record.metadata as Record<string, Uint8Array> | undefined;
      if (metadata?.encoding && !readable) encodings.add(Buffer.from(metadata.encoding).toString());
      for (const [key, value] of Object.entries(record)) visit(value, readable || ['searchAttributes', 'header', 'patch-data'].includes(key));
    };
    visit(history, false);
    expect([...encodings]).toEqual(['binary/encrypted']);
  });

  it.each(histories)('$name replays with the current workflow code', async ({ history }) => {
    const settings = { ...temporalSettings(), payloadKey: TEST_PAYLOAD_KEY };
    await Worker.runReplayHistory(
      {
        workflowBundle: await journeyWorkflowBundle(),
        dataConverter: harbourDataConverter(settings),
        sinks: workflowTracingSinks('harbour-journey-replay'),
      },
      history,
    );
  });
});
