import type { Request } from 'express';
import { Principal } from '../principal';

/** A request after the access guard has established who is calling. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}
