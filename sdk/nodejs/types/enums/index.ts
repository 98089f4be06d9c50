// The algorithm and protocol sets of the schema's enum types (`alicloudvpn:index:*`).
// Each is both a value (`EncAlg.Aes256`) and the union type of its values.

/** The version of the IKE protocol. */
export const IkeVersion = {
  /** IKEv1 (the default). */
  Ikev1: 'ikev1',
  /** IKEv2. */
  Ikev2: 'ikev2',
} as const;
/** The version of the IKE protocol. */
export type IkeVersion = (typeof IkeVersion)[keyof typeof IkeVersion];

/** The negotiation mode of IKEv1. */
export const IkeMode = {
  /** Main mode (the default). */
  Main: 'main',
  /** Aggressive mode. */
  Aggressive: 'aggressive',
} as const;
/** The negotiation mode of IKEv1. */
export type IkeMode = (typeof IkeMode)[keyof typeof IkeMode];

/**
 * An encryption algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways
 * support aes, aes192, aes256, des and 3des; ShangMi (SM, NationalStandard) gateways support sm4 only.
 */
export const EncAlg = {
  /** AES-128 (the default on standard gateways). */
  Aes: 'aes',
  /** AES-192. */
  Aes192: 'aes192',
  /** AES-256. */
  Aes256: 'aes256',
  /** DES. */
  Des: 'des',
  /** Triple DES. */
  TripleDes: '3des',
  /** SM4, for ShangMi (SM) gateways only (the default there). */
  Sm4: 'sm4',
} as const;
/**
 * An encryption algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways
 * support aes, aes192, aes256, des and 3des; ShangMi (SM, NationalStandard) gateways support sm4 only.
 */
export type EncAlg = (typeof EncAlg)[keyof typeof EncAlg];

/**
 * An authentication algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways
 * support md5, sha1, sha256, sha384 and sha512; ShangMi (SM, NationalStandard) gateways support sm3 only.
 */
export const AuthAlg = {
  /** MD5 (the default on standard gateways). */
  Md5: 'md5',
  /** SHA-1. */
  Sha1: 'sha1',
  /** SHA-256. */
  Sha256: 'sha256',
  /** SHA-384. */
  Sha384: 'sha384',
  /** SHA-512. */
  Sha512: 'sha512',
  /** SM3, for ShangMi (SM) gateways only (the default there). */
  Sm3: 'sm3',
} as const;
/**
 * An authentication algorithm for IKE (phase one) or IPsec (phase two) negotiation. Standard VPN gateways
 * support md5, sha1, sha256, sha384 and sha512; ShangMi (SM, NationalStandard) gateways support sm3 only.
 */
export type AuthAlg = (typeof AuthAlg)[keyof typeof AuthAlg];

/** The Diffie-Hellman key exchange group for phase-one negotiation. */
export const IkePfs = {
  /** DH group 1. */
  Group1: 'group1',
  /** DH group 2 (the default). */
  Group2: 'group2',
  /** DH group 5. */
  Group5: 'group5',
  /** DH group 14. */
  Group14: 'group14',
} as const;
/** The Diffie-Hellman key exchange group for phase-one negotiation. */
export type IkePfs = (typeof IkePfs)[keyof typeof IkePfs];

/** The Diffie-Hellman key exchange group for phase-two negotiation, or `disabled` for no perfect forward secrecy. */
export const IpsecPfs = {
  /** DH group 1. */
  Group1: 'group1',
  /** DH group 2 (the default). */
  Group2: 'group2',
  /** DH group 5. */
  Group5: 'group5',
  /** DH group 14. */
  Group14: 'group14',
  /** No perfect forward secrecy in phase two. */
  Disabled: 'disabled',
} as const;
/** The Diffie-Hellman key exchange group for phase-two negotiation, or `disabled` for no perfect forward secrecy. */
export type IpsecPfs = (typeof IpsecPfs)[keyof typeof IpsecPfs];
