import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { NotificationService } from './notification.service.js';

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the link in `List-Unsubscribe`. A person
 * who clicks the link opens the web app's page of the same address, which calls the
 * `unsubscribeNotifications` mutation.
 */
@Controller('meldingen')
export class UnsubscribeController {
  constructor(private readonly service: NotificationService) {}

  @Post('afmelden')
  @HttpCode(200)
  async oneClick(@Query('token') token: string | undefined): Promise<{ unsubscribed: string | null }> {
    try {
      return { unsubscribed: (await this.service.unsubscribe(String(token ?? '').slice(0, 500))).kind };
    } catch (error) {
      if (error instanceof AppError) {
        return { unsubscribed: null };
      }
      throw error;
    }
  }
}
