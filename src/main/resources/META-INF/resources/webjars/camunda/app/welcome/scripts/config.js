// Waypoint branding of Camunda Welcome
export default {
  app: {
    name: 'Welcome',
    vendor: 'Waypoint'
  }
};
