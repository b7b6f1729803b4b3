// Shared by the codec (Node) and the refused-payload interceptor (workflow sandbox): no imports.

/** The field of the value a workflow worker's codec puts in place of a payload it refused. */
export const REFUSED_PAYLOAD_FIELD = 'harbourRefusedPayload';

/** Why one of the arguments was refused by the codec, if one was. */
export function refusalIn(args: readonly unknown[]): string | undefined {
  const refused = args.find((arg): arg is Record<string, string> => typeof arg === 'object' && arg !== null && REFUSED_PAYLOAD_FIELD in arg);
  return refused?.[REFUSED_PAYLOAD_FIELD];
}
