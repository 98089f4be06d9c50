// The enums of the VpnConnection's properties: the values each allows (check reads them), with the names and
// descriptions the SDKs show.

import type { EnumDescriptor } from '../../descriptor/property';

export const ENUMS = {
  IkeVersion: {
    name: 'IkeVersion',
    description:
      'The version of the IKE protocol.',
    values: {
      ikev1: { name: 'Ikev1', description: 'IKEv1 (the default).' },
      ikev2: { name: 'Ikev2', description: 'IKEv2.' },
    },
  } satisfies EnumDescriptor,
  IkeMode: {
    name: 'IkeMode',
    description:
      'The negotiation mode of IKEv1.',
    values: {
      main: { name: 'Main', description: 'Main mode (the default).' },
      aggressive: { name: 'Aggressive', description: 'Aggressive mode.' },
    },
  } satisfies EnumDescriptor,
  EncAlg: {
    name: 'EncAlg',
    description:
      'An encryption algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways support aes, aes192, aes256, des and 3des; ShangMi (SM, NationalStandard) gateways support sm4 only.',
    values: {
      aes: { name: 'Aes', description: 'AES-128 (the default on standard gateways).' },
      aes192: { name: 'Aes192', description: 'AES-192.' },
      aes256: { name: 'Aes256', description: 'AES-256.' },
      des: { name: 'Des', description: 'DES.' },
      '3des': { name: 'TripleDes', description: 'Triple DES.' },
      sm4: { name: 'Sm4', description: 'SM4, for ShangMi (SM) gateways only (the default there).' },
    },
  } satisfies EnumDescriptor,
  AuthAlg: {
    name: 'AuthAlg',
    description:
      'An authentication algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways support md5, sha1, sha256, sha384 and sha512; ShangMi (SM, NationalStandard) gateways support sm3 only.',
    values: {
      md5: { name: 'Md5', description: 'MD5 (the default on standard gateways).' },
      sha1: { name: 'Sha1', description: 'SHA-1.' },
      sha256: { name: 'Sha256', description: 'SHA-256.' },
      sha384: { name: 'Sha384', description: 'SHA-384.' },
      sha512: { name: 'Sha512', description: 'SHA-512.' },
      sm3: { name: 'Sm3', description: 'SM3, for ShangMi (SM) gateways only (the default there).' },
    },
  } satisfies EnumDescriptor,
  IkePfs: {
    name: 'IkePfs',
    description:
      'The Diffie-Hellman key exchange group for phase-one negotiation.',
    values: {
      group1: { name: 'Group1', description: 'DH group 1.' },
      group2: { name: 'Group2', description: 'DH group 2 (the default).' },
      group5: { name: 'Group5', description: 'DH group 5.' },
      group14: { name: 'Group14', description: 'DH group 14.' },
    },
  } satisfies EnumDescriptor,
  IpsecPfs: {
    name: 'IpsecPfs',
    description:
      'The Diffie-Hellman key exchange group for phase-two negotiation, or `disabled` for no perfect forward secrecy.',
    values: {
      group1: { name: 'Group1', description: 'DH group 1.' },
      group2: { name: 'Group2', description: 'DH group 2 (the default).' },
      group5: { name: 'Group5', description: 'DH group 5.' },
      group14: { name: 'Group14', description: 'DH group 14.' },
      disabled: { name: 'Disabled', description: 'No perfect forward secrecy in phase two.' },
    },
  } satisfies EnumDescriptor,
  HealthCheckPolicy: {
    name: 'HealthCheckPolicy',
    description: 'What happens to the advertised routes when the health check of an IPsec connection fails.',
    values: {
      revoke_route: { name: 'RevokeRoute', description: 'The advertised routes are withdrawn.' },
      reserve_route: { name: 'ReserveRoute', description: 'The advertised routes are kept.' },
    },
  } satisfies EnumDescriptor,
  TunnelRole: {
    name: 'TunnelRole',
    description: 'The role of a tunnel in a dual-tunnel connection.',
    values: {
      master: { name: 'Master', description: 'The active tunnel.' },
      slave: { name: 'Slave', description: 'The standby tunnel.' },
    },
  } satisfies EnumDescriptor,
} as const;
