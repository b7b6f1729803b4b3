import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { JourneySearchAttributes } from '@harbour/contracts';
import { testServers } from '@harbour/testing';

const { IndexedValueType } = temporal.api.enums.v1;

// Operations filter journeys by these attributes; the server must know each with its type.
describe('Temporal dev server', () => {
  const { temporalAddress, temporalNamespace } = testServers();
  let connection: Connection;

  beforeAll(async () => {
    connection = await Connection.connect({ address: temporalAddress });
  });
  afterAll(() => connection.close());

  it('serves the Harbour namespace', async () => {
    const { namespaceInfo } = await connection.workflowService.describeNamespace({ namespace: temporalNamespace });
    expect(namespaceInfo?.name).toBe(temporalNamespace);
  });

  it('knows every journey search attribute with its type', async () => {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace: temporalNamespace });
    const registered = Object.fromEntries(
      Object.entries(customAttributes ?? {}).map(([name, type]) => [name, IndexedValueType[type]]),
    );
    for (const { name, type } of Object.values(JourneySearchAttributes)) {
      expect({ name, type: registered[name] }).toEqual({ name, type: `INDEXED_VALUE_TYPE_${type.toUpperCase()}` });
    }
  });
});
