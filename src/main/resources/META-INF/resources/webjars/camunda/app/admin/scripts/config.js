// Waypoint branding of Camunda Admin
export default {
  app: {
    name: 'Admin',
    vendor: 'Waypoint'
  }
};
