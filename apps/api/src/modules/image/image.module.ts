import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuditModule } from '../audit/audit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { ProgressUpdateModule } from '../progress-update/progress-update.module.js';
import { DiskImageStorage } from './disk-image-storage.js';
import { ImageUploadController } from './image-upload.controller.js';
import { IMAGE_STORAGE } from './image-storage.js';
import { InitiativeImageRepository } from './initiative-image.repository.js';
import { InitiativeImageResolver } from './initiative-image.resolver.js';
import { InitiativeImageService } from './initiative-image.service.js';
import { MediaController } from './media.controller.js';
import { ProgressUpdatePhotoController } from './progress-update-photo.controller.js';
import { ProgressUpdatePhotoService } from './progress-update-photo.service.js';
import { UploadGuard } from './upload.guard.js';

/** Pictures of initiatives and photos of progress updates: upload (REST, multipart), GraphQL fields and mutations, and `/media/<key>`. */
@Module({
  imports: [InitiativeModule, AuditModule, ProgressUpdateModule, NotificationModule],
  controllers: [ImageUploadController, ProgressUpdatePhotoController, MediaController],
  providers: [
    { provide: IMAGE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new DiskImageStorage(config.uploadDir) },
    InitiativeImageRepository,
    InitiativeImageService,
    InitiativeImageResolver,
    ProgressUpdatePhotoService,
    UploadGuard,
  ],
})
export class ImageModule {}
