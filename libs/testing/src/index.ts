export * from './test-servers';
export * from './unique-name';
export * from './wait-for';
export * from './time-skipping-environment';
export * from './kafka-topics';
export * from './service-conformance';
export * from './chromium';
export * from './journey-authorization';
