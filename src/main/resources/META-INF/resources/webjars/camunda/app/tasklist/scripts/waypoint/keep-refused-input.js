// Waypoint: what a worker typed survives a refused form. When a task's submission is
// refused (a rule's 400), the submitted values go where Tasklist's own "Save" keeps a
// form (localStorage "camunda-form:<taskId>"), so the form shows them again when the task
// is reopened; Tasklist clears that entry itself once the task completes.
const SUBMISSION = /\/task\/([^/]+)\/submit-form$/;

function formData(body) {
  const data = {};
  Object.entries(JSON.parse(body).variables || {}).forEach(([key, variable]) => {
    data[key] = variable.type === 'Json' ? JSON.parse(variable.value) : variable.value;
  });
  return data;
}

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
    this.addEventListener('load', () => {
      if (this.status >= 400 && this.status < 500) {
        localStorage.setItem(`camunda-form:${taskId}`, JSON.stringify(formData(body)));
      }
    });
  }
  return send.call(this, body);
};

export default [];
