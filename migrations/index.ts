import { CreateCoreSchema1764400000000 } from './1764400000000-CreateCoreSchema.js';
import { AddModerationSearchAndAudit1764410000000 } from './1764410000000-AddModerationSearchAndAudit.js';
import { AddSupportResponsesAndInbox1764420000000 } from './1764420000000-AddSupportResponsesAndInbox.js';
import { AddEmailVerificationAndAccountTokens1764430000000 } from './1764430000000-AddEmailVerificationAndAccountTokens.js';
import { AddNeedsPledgesAndMatching1764440000000 } from './1764440000000-AddNeedsPledgesAndMatching.js';
import { AddCommentsProgressUpdatesAndReports1764450000000 } from './1764450000000-AddCommentsProgressUpdatesAndReports.js';
import { AddFollowsOutboxAndNotifications1764451000000 } from './1764451000000-AddFollowsOutboxAndNotifications.js';
import { AddPartnerOrganisations1764460000000 } from './1764460000000-AddPartnerOrganisations.js';
import { AddInitiativeImages1764470000000 } from './1764470000000-AddInitiativeImages.js';
import { AddSecondFactor1764480000000 } from './1764480000000-AddSecondFactor.js';
import { AddShiftRemindersAndStaffAlerts1764490000000 } from './1764490000000-AddShiftRemindersAndStaffAlerts.js';
import { AddListOrderIndexes1764500000000 } from './1764500000000-AddListOrderIndexes.js';
import { AddProgressUpdatePhotosAndCommentLiveKinds1764510000000 } from './1764510000000-AddProgressUpdatePhotosAndCommentLiveKinds.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const migrations = [
  CreateCoreSchema1764400000000,
  AddModerationSearchAndAudit1764410000000,
  AddSupportResponsesAndInbox1764420000000,
  AddEmailVerificationAndAccountTokens1764430000000,
  AddNeedsPledgesAndMatching1764440000000,
  AddCommentsProgressUpdatesAndReports1764450000000,
  AddFollowsOutboxAndNotifications1764451000000,
  AddPartnerOrganisations1764460000000,
  AddInitiativeImages1764470000000,
  AddSecondFactor1764480000000,
  AddShiftRemindersAndStaffAlerts1764490000000,
  AddListOrderIndexes1764500000000,
  AddProgressUpdatePhotosAndCommentLiveKinds1764510000000,
];
