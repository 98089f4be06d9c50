// The dynamic resources' module: types are `pulumi-nodejs:dynamic/alicloudvpn:<Type>`.
export const DYNAMIC_MODULE = 'alicloudvpn';
