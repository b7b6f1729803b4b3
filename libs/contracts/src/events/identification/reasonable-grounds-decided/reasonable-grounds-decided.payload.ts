import { GroundsDecided } from '../grounds-decided.payload';

/** The competent authority decided whether there are reasonable grounds to believe the person is a victim. */
export class ReasonableGroundsDecided extends GroundsDecided {}
