/** The pool as it stands on this device: every project's people, read once per dialog. */
import { useEffect, useState } from 'react';
import { poolPeople, type PoolPerson } from '../../domain/lifecycle';
import { useServices } from '../shared/services';
import { readOtherPlans } from '../portfolio/other-plans';

/** null while reading, or when `isWanted` is false (nothing is read then). */
export function usePoolPeople(isWanted: boolean): readonly PoolPerson[] | null {
  const { repository } = useServices();
  const [pool, setPool] = useState<readonly PoolPerson[] | null>(null);
  useEffect(() => {
    if (!isWanted) return undefined;
    let isCurrent = true;
    void readOtherPlans(repository, null).then(({ plans }) => { if (isCurrent) setPool(poolPeople(plans)); });
    return () => { isCurrent = false; };
  }, [repository, isWanted]);
  return isWanted ? pool : null;
}
