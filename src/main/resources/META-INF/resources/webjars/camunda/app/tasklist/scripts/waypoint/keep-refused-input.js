// Waypoint: what a worker typed survives a refused form. When a task's submission is
// refused (a rule's 400), the submitted values go where Tasklist's own "Save" keeps a
// form (localStorage "camunda-form:<taskId>"), so the form shows them again when the task
// is reopened; Tasklist clears that entry itself once the task completes.
import {onSubmission} from './task-submissions.js';

function formData(body) {
  const data = {};
  Object.entries(JSON.parse(body).variables || {}).forEach(([key, variable]) => {
    data[key] = variable.type === 'Json' ? JSON.parse(variable.value) : variable.value;
  });
  return data;
}

onSubmission(({taskId, status, body}) => {
  if (status >= 400 && status < 500) {
    localStorage.setItem(`camunda-form:${taskId}`, JSON.stringify(formData(body)));
  }
});

export default [];
