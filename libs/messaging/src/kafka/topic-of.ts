import { CloudEvent, findEventDefinition } from '@harbour/contracts';

/** Chooses the topic an event travels on. */
export type TopicOf = (event: CloudEvent) => string;

/** The topic the contracts registry assigns to the event's type. */
export const registeredTopic: TopicOf = (event) => {
  const definition = findEventDefinition(event.type);
  if (!definition) throw new Error(`unknown event type '${event.type}': no topic registered`);
  return definition.topic;
};
