import { GatewayError } from '../errors';

export type RoutingErrorCode =
  | 'no_model_meets_limits'
  | 'no_capable_model'
  | 'unknown_policy'
  | 'invalid_router_option';

/** A request the router cannot place: 400 for bad options, 422 when no model fits. */
export class RoutingError extends GatewayError {
  override readonly code: RoutingErrorCode;

  constructor(init: { status: 400 | 422; code: RoutingErrorCode; message: string; param: string | null }) {
    super({ status: init.status, message: init.message, code: init.code, param: init.param, type: 'invalid_request_error' });
    this.name = 'RoutingError';
    this.code = init.code;
  }
}
