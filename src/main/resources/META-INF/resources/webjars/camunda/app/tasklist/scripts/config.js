// Waypoint branding of Camunda Tasklist, and Waypoint's additions (customScripts, paths
// relative to app/tasklist/); the keyboard shortcuts are Camunda's defaults
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Waypoint'
  },
  customScripts: ['scripts/waypoint/keep-refused-input', 'scripts/waypoint/case-file'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
