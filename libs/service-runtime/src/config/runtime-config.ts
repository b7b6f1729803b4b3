import { Type } from 'class-transformer';
import { IsIn, IsInt, IsIP, IsOptional, IsString, Max, Min, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isIP } from 'node:net';

@ValidatorConstraint({ name: 'addressList' })
class AddressList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.split(',').every((entry) => isAddressOrSubnet(entry.trim()));
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a comma-separated list of IP addresses or subnets such as 10.0.0.0/8`;
  }
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** Where a service listens, and what it serves at its edge. */
export class RuntimeConfig {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT?: number;

  /** Loopback unless said otherwise, so a development service is not reachable from the network. */
  @IsOptional()
  @IsIP()
  HOST?: string;

  /**
   * The reverse proxies in front of the service (addresses or subnets). Only their
   * X-Forwarded-For is believed: the client is the nearest address that is not one of them.
   * Unset, the client is the connection's address and X-Forwarded-For is ignored.
   */
  @IsOptional()
  @Validate(AddressList)
  HARBOUR_TRUSTED_PROXIES?: string;

  /** The interactive docs page at /docs: on by default, off in production unless `on`. */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'HARBOUR_API_DOCS must be "on" or "off"' })
  HARBOUR_API_DOCS?: 'on' | 'off';

  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  get trustedProxies(): string[] {
    return (this.HARBOUR_TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  }

  get apiDocs(): boolean {
    return (this.HARBOUR_API_DOCS ?? (this.NODE_ENV === 'production' ? 'off' : 'on')) === 'on';
  }
}
