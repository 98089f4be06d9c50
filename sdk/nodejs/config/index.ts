export { accessKeyId, accessKeySecret, endpoint, protocol, region, securityToken } from './vars';
