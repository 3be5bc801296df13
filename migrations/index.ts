import { Foundation1795291141117 } from './1795291141117-Foundation';
import { Procedure1795291594573 } from './1795291594573-Procedure';
import { FollowUp1795292395791 } from './1795292395791-FollowUp';
import { Records1795292563194 } from './1795292563194-Records';
import { OverviewGateOutcomesIndex1795300000000 } from './1795300000000-OverviewGateOutcomesIndex';
import { BrowserSessions1795400000000 } from './1795400000000-BrowserSessions';
import { WorkflowNotifications1795400100000 } from './1795400100000-WorkflowNotifications';
import { DocumentObservations1795400200000 } from './1795400200000-DocumentObservations';
import { DocumentVersionRestoredFrom1795400360000 } from './1795400360000-DocumentVersionRestoredFrom';
import { CycleEventsHashIndex1795400500000 } from './1795400500000-CycleEventsHashIndex';

// Every migration, in order. Listed explicitly so that the app, the CLI and the tests load the
// same set whether running from TypeScript or from dist/.
export const MIGRATIONS = [
  Foundation1795291141117,
  Procedure1795291594573,
  FollowUp1795292395791,
  Records1795292563194,
  OverviewGateOutcomesIndex1795300000000,
  BrowserSessions1795400000000,
  WorkflowNotifications1795400100000,
  DocumentObservations1795400200000,
  DocumentVersionRestoredFrom1795400360000,
  CycleEventsHashIndex1795400500000,
];
