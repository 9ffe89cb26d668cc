// What a moderator can do with the selected claim (the map's details and the outline's context):
// edit its wording (with its history), change its relation, hide it or show it again. A
// moderator sees a hidden claim marked "Hidden: reason"; readers are never served it.
import { useState } from 'react';
import { usePermission } from '../../api/get-permissions';
import type { Claim, Relation } from '../../domain/model';
import { GuardedButton } from '../../ui/guarded-button';
import { EditWordingDialog } from './edit-wording-dialog';
import { HideDialog } from './hide-dialog';
import { RelationDialog } from './relation-dialog';
import { useHiddenReasons } from './use-moderation';

export interface ModeratedDebate {
  id: string;
  claims: readonly Claim[];
  relations: readonly Relation[];
}

type Open = 'wording' | 'relation' | 'hide' | null;

export function ClaimModeration({ debate, claimId }: { debate: ModeratedDebate; claimId: string }) {
  const [open, setOpen] = useState<Open>(null);
  const mayEdit = usePermission(debate.id, 'claim.edit');
  const mayRelate = usePermission(debate.id, 'relation.edit');
  const mayHide = usePermission(debate.id, 'claim.hide');
  const reasons = useHiddenReasons(debate.id);
  const claim = debate.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  const parents = debate.relations.filter((r) => r.from === claimId);
  const close = () => setOpen(null);
  return (
    <span className="moderation__claim">
      {claim.hidden ? (
        <span className="moderation__hidden">
          Hidden: {reasons.claims.get(claimId) ?? 'by a moderator'}
        </span>
      ) : null}{' '}
      <GuardedButton quiet allowed={mayEdit} onClick={() => setOpen('wording')}>
        Edit wording
      </GuardedButton>{' '}
      {parents.length > 0 ? (
        <GuardedButton quiet allowed={mayRelate} onClick={() => setOpen('relation')}>
          Change relation
        </GuardedButton>
      ) : null}{' '}
      <GuardedButton quiet allowed={mayHide} onClick={() => setOpen('hide')}>
        {claim.hidden ? 'Show claim again' : 'Hide claim'}
      </GuardedButton>
      {open === 'wording' ? (
        <EditWordingDialog debateId={debate.id} claim={claim} onClose={close} />
      ) : null}
      {open === 'relation' ? (
        <RelationDialog
          debateId={debate.id}
          claim={claim}
          relations={parents}
          claims={debate.claims}
          onClose={close}
        />
      ) : null}
      {open === 'hide' ? (
        <HideDialog
          debateId={debate.id}
          target={{ what: 'claims', id: claim.id, label: 'this claim', hide: !claim.hidden }}
          onClose={close}
        />
      ) : null}
    </span>
  );
}
