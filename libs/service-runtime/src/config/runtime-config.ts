import { Type } from 'class-transformer';
import { IsInt, IsIP, IsOptional, Max, Min } from 'class-validator';

/** Where a service listens. */
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
}
