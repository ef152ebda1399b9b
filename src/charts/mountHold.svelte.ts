/**
 * Whether the page's staggered first mounts wait (see StaggeredCount): true while the reader drags
 * a control, set by the app from the scenario's `interacting`. A drag that starts while the page is
 * still mounting its charts (one per frame for about half a second after the first result) then
 * gets its frames to itself; the charts still to come mount when it ends.
 */
class MountHold {
  active = $state(false);
}

export const mountHold = new MountHold();
