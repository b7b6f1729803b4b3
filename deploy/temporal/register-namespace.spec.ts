import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { testServers, uniqueName } from '@harbour/testing';
import { ensureNamespace, journeySearchAttributes } from './register-namespace';

const { IndexedValueType } = temporal.api.enums.v1;

describe(journeySearchAttributes.name, () => {
  it('gives each journey attribute its Temporal type', () => {
    expect(journeySearchAttributes()).toEqual({
      HarbourStage: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      HarbourCountry: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      HarbourChild: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
      HarbourNextDeadline: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
      HarbourOverdue: IndexedValueType.INDEXED_VALUE_TYPE_INT,
    });
  });
});

describe(ensureNamespace.name, () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await Connection.connect({ address: testServers().temporalAddress });
  });
  afterAll(() => connection.close());

  it('registers a missing namespace with the journey search attributes, then changes nothing', async () => {
    const namespace = uniqueName('harbour-setup');

    const first = await ensureNamespace(connection, { namespace, retentionDays: 1 });
    const second = await ensureNamespace(connection, { namespace, retentionDays: 1 });

    expect(first).toEqual({ registered: true, addedSearchAttributes: Object.keys(journeySearchAttributes()) });
    expect(second).toEqual({ registered: false, addedSearchAttributes: [] });
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    expect(customAttributes).toMatchObject(journeySearchAttributes());
  });
});
