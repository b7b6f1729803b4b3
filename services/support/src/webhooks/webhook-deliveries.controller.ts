import { Controller, ForbiddenException, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CurrentPrincipal, ORGANISATION_ID, Principal, Roles } from '@harbour/security';
import { Page, PageQueryDto } from '../paging/page';
import { DeliveryStatus, DeliveryStatuses, WebhookDelivery } from './webhook-delivery';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookDeliveryWorker } from './webhook-delivery-worker';

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DeliveryStatuses })
  @IsOptional()
  @IsIn(DeliveryStatuses)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ description: "One organisation's deliveries; a support case worker sees only its own" })
  @IsOptional()
  @Matches(ORGANISATION_ID, { message: 'organisationId must be an organisation id such as "be-payoke"' })
  organisationId?: string;
}

export class DeliveryParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  deliveryId: string;
}

export interface DeliveryView {
  deliveryId: string;
  organisationId: string;
  taskId: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  deliveredAt?: string;
  deadAt?: string;
  lastError?: string;
}

function toDeliveryView(delivery: WebhookDelivery): DeliveryView {
  return {
    deliveryId: delivery._id,
    organisationId: delivery.organisationId,
    taskId: delivery.taskId,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    createdAt: delivery.createdAt.toISOString(),
    ...(delivery.deliveredAt ? { deliveredAt: delivery.deliveredAt.toISOString() } : {}),
    ...(delivery.deadAt ? { deadAt: delivery.deadAt.toISOString() } : {}),
    ...(delivery.lastError ? { lastError: delivery.lastError } : {}),
  };
}

/** Operations watch and redeliver every organisation's webhook deliveries; an organisation only its own. */
@ApiTags('webhook deliveries')
@ApiBearerAuth()
@Roles('operations-analyst', 'support-case-worker')
@Controller('webhook-deliveries')
export class WebhookDeliveriesController {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly worker: WebhookDeliveryWorker,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Webhook deliveries, newest first; `status=dead` lists the dead letters' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: DeliveryQueryDto): Promise<Page<DeliveryView>> {
    const organisationId = ownScope(principal) ?? query.organisationId;
    if (query.organisationId && organisationId !== query.organisationId) throw new ForbiddenException('this resource belongs to another organisation');
    const page = await this.deliveries.list({ ...query, organisationId });
    return { ...page, items: page.items.map(toDeliveryView) };
  }

  @Post(':deliveryId/redeliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the delivery again from its first try, now (same task id, so receivers dedupe)' })
  async redeliver(@CurrentPrincipal() principal: Principal, @Param() { deliveryId }: DeliveryParamsDto): Promise<DeliveryView> {
    const organisationId = ownScope(principal) ?? (await this.deliveries.ownerOf(deliveryId));
    const delivery = organisationId ? await this.deliveries.redeliver(organisationId, deliveryId, new Date()) : null;
    // A foreign delivery answers exactly like one that does not exist.
    if (!delivery) throw new NotFoundException(`webhook delivery ${deliveryId} not found`);
    this.worker.nudge();
    return toDeliveryView(delivery);
  }
}

/** The one organisation an organisation-bound caller is confined to; undefined for operations. */
function ownScope(principal: Principal): string | undefined {
  return principal.roles.includes('operations-analyst') ? undefined : principal.organisationId;
}
