// Waypoint: Tasklist's form submissions (POST .../task/{id}/submit-form), as they are
// answered. Tasklist offers no hook for them, so the request is watched where it is sent.
// Imported by the scripts that act on a submission; the watch is set up once.
const SUBMISSION = /\/task\/([^/]+)\/submit-form$/;
const listeners = [];

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function(method, url, ...rest) {
  const submission = method.toUpperCase() === 'POST' && SUBMISSION.exec(String(url).split('?')[0]);
  this.waypointTaskId = submission ? decodeURIComponent(submission[1]) : null;
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function(body) {
  if (this.waypointTaskId && typeof body === 'string') {
    const taskId = this.waypointTaskId;
    this.addEventListener('load', () => listeners.forEach(listener => listener({taskId, status: this.status, body})));
  }
  return send.call(this, body);
};

/** Calls back with {taskId, status, body} once each submission is answered. */
export function onSubmission(listener) {
  listeners.push(listener);
}
