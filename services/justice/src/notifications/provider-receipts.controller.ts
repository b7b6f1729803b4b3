import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@harbour/security';
import { NotificationView } from './notification.view';
import { ProviderReceiptDto } from './provider-receipt.dto';
import { RecordProviderReceipt } from './record-provider-receipt';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notification-provider-receipts')
export class ProviderReceiptsController {
  constructor(private readonly recordProviderReceipt: RecordProviderReceipt) {}

  @Post()
  @HttpCode(200)
  @Roles('service')
  @ApiOperation({ summary: "An SMS or postal provider's receipt for a message from its outbox: only a delivered receipt makes the notification delivered (VRD Art 6)" })
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: 'No such message was handed to a provider of that channel' })
  @ApiConflictResponse({ description: 'The notification is not waiting for a provider receipt' })
  record(@Body() receipt: ProviderReceiptDto): Promise<NotificationView> {
    return this.recordProviderReceipt.execute(receipt);
  }
}
