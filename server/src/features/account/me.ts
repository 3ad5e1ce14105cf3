import type { Me } from '../../../../common/schemas/auth.ts';
import type { Actor } from '../../access/actor.ts';
import { abilitiesOf } from '../../access/policies.ts';

export function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    locale: actor.locale,
    organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind, region: actor.region },
    roles: actor.roles,
    branchIds: actor.branchIds,
    abilities: abilitiesOf(actor),
    csrfToken: actor.csrfToken,
  };
}
