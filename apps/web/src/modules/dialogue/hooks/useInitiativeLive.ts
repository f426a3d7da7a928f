import type { ApolloClient } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CommentFieldsFragmentDoc,
  InitiativeChangedDocument,
  InitiativeCommentsDocument,
  InitiativeDetailDocument,
  InitiativeProgressUpdatesDocument,
  type InitiativeChangedSubscription,
} from '../../../generated/graphql';
import { refreshComments } from './useComments';

type Change = InitiativeChangedSubscription['initiativeChanged'];

async function refetchDetail(client: ApolloClient, id: string): Promise<void> {
  await client.query({ query: InitiativeDetailDocument, variables: { id }, fetchPolicy: 'network-only' });
}

/**
 * Keeps the initiative page current while it is open: the support count and status are written
 * into the cache at once; responses, comments and progress updates are fetched again. Returns a
 * sentence for a polite live region (nothing for what the viewer did themself).
 */
export function useInitiativeLive(initiativeId: string): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  useSubscription(InitiativeChangedDocument, {
    variables: { id: initiativeId },
    onData: ({ client, data }) => {
      const change = data.data?.initiativeChanged;
      if (change) {
        void apply(client, change).then((text) => {
          if (text) {
            setAnnouncement(text);
          }
        });
      }
    },
  });

  async function apply(client: ApolloClient, change: Change): Promise<string | null> {
    const cacheId = client.cache.identify({ __typename: 'Initiative', id: change.initiativeId });
    const cached = client.readQuery({ query: InitiativeDetailDocument, variables: { id: initiativeId } })?.initiative;
    const before = { supportCount: cached?.supportCount, status: cached?.status };
    client.cache.modify({
      id: cacheId,
      fields: { supportCount: () => change.supportCount, status: () => change.status },
    });
    try {
      switch (change.reason) {
        case 'SUPPORT':
        case 'STATUS':
          if (before.status !== change.status) {
            // Thresholds, deadlines and the timeline go with a new status.
            await refetchDetail(client, initiativeId);
            return t('notifications.live.status', { status: t(`status.${change.status}`) });
          }
          return before.supportCount === change.supportCount ? null : t('notifications.live.support', { count: change.supportCount });
        case 'RESPONSE':
          await refetchDetail(client, initiativeId);
          return t('notifications.live.response');
        case 'COMMENT': {
          // The viewer's own new comment is in the cache already (and was announced when posted).
          const known =
            change.subjectId !== null &&
            client.cache.readFragment({ id: `Comment:${change.subjectId}`, fragment: CommentFieldsFragmentDoc }) !== null;
          await refreshComments(client, initiativeId);
          return known ? null : t('notifications.live.comment');
        }
        case 'COMMENT_EDITED':
        case 'COMMENT_REMOVED':
        case 'COMMENT_HIDDEN': {
          // The comment is updated in place (or leaves the list); nothing to say when the viewer made the change.
          const shown = () =>
            client
              .readQuery({ query: InitiativeCommentsDocument, variables: { id: initiativeId } })
              ?.initiative?.comments.edges.flatMap((edge) => [edge.node, ...edge.node.replies])
              .find((comment) => comment.id === change.subjectId) ?? null;
          const before = shown();
          await refreshComments(client, initiativeId);
          const after = shown();
          const same =
            after !== null && before?.bodyHtml === after.bodyHtml && before.hidden === after.hidden && before.removed === after.removed;
          if (before === null || same) {
            return null;
          }
          return t(change.reason === 'COMMENT_EDITED' ? 'notifications.live.commentEdited' : 'notifications.live.commentRemoved');
        }
        case 'PROGRESS_UPDATE':
          await client.query({ query: InitiativeProgressUpdatesDocument, variables: { id: initiativeId }, fetchPolicy: 'network-only' });
          return t('notifications.live.progressUpdate');
        case 'PROGRESS_UPDATE_CHANGED':
          // Its photo came after the news itself (announced then): shown quietly.
          await client.query({ query: InitiativeProgressUpdatesDocument, variables: { id: initiativeId }, fetchPolicy: 'network-only' });
          return null;
      }
    } catch {
      // The next change or a reload shows the current state; nothing to tell the viewer now.
      return null;
    }
  }

  return announcement;
}
