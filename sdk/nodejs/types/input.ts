// Nested input types of the schema's object types (`alicloudvpn:index:VpnConnection*`), as Pulumi's
// generated SDKs name them: `<Type>Args`, every field a `pulumi.Input`.
import type * as pulumi from '@pulumi/pulumi';
import type * as enums from './enums';

/** The configuration of phase-one (IKE) negotiation. */
export interface VpnConnectionIkeConfigArgs {
  /**
   * The pre-shared key used to authenticate the VPN gateway and the customer gateway to each other. Up to 100
   * characters, without spaces: letters, digits and ``~!`@#$%^&*()_-+={}[]|;:",.<>/?``. When omitted, the
   * service generates a random key; it is read back and kept secret like a given one. Only for connections on
   * standard VPN gateways (not ShangMi gateways).
   */
  psk?: pulumi.Input<string>;
  /** The version of the IKE protocol: `ikev1` or `ikev2`. Default: `ikev1`. */
  ikeVersion?: pulumi.Input<enums.IkeVersion>;
  /** The negotiation mode of IKEv1: `main` or `aggressive`. Default: `main`. */
  ikeMode?: pulumi.Input<enums.IkeMode>;
  /**
   * The encryption algorithm of phase-one negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`,
   * `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).
   */
  ikeEncAlg?: pulumi.Input<enums.EncAlg>;
  /**
   * The authentication algorithm of phase-one negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`,
   * `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).
   */
  ikeAuthAlg?: pulumi.Input<enums.AuthAlg>;
  /**
   * The Diffie-Hellman key exchange group of phase-one negotiation: `group1`, `group2`, `group5` or
   * `group14`. Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).
   */
  ikePfs?: pulumi.Input<enums.IkePfs>;
  /** The lifetime of the security association negotiated in phase one, in seconds: 0 to 86400. Default: 86400. */
  ikeLifetime?: pulumi.Input<number>;
  /**
   * The identifier of the VPN gateway (the API's `LocalIdIPsec`/`LocalId`). Up to 100 characters, without
   * spaces. Default: the public IP address of the VPN gateway. Only for connections on standard VPN gateways
   * (not ShangMi gateways).
   */
  localId?: pulumi.Input<string>;
  /**
   * On standard VPN gateways, the identifier of the customer gateway: up to 100 characters, without spaces;
   * default: the public IP address of the customer gateway. On ShangMi (SM) gateways, the subject name of the
   * peer CA certificate, for example `CN=test,OU=test,O=test,C=CHN`.
   */
  remoteId?: pulumi.Input<string>;
}

/** The configuration of phase-two (IPsec) negotiation. */
export interface VpnConnectionIpsecConfigArgs {
  /**
   * The encryption algorithm of phase-two negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`,
   * `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).
   */
  ipsecEncAlg?: pulumi.Input<enums.EncAlg>;
  /**
   * The authentication algorithm of phase-two negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`,
   * `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).
   */
  ipsecAuthAlg?: pulumi.Input<enums.AuthAlg>;
  /**
   * The Diffie-Hellman key exchange group of phase-two negotiation, which applies to packets of all
   * protocols: `group1`, `group2`, `group5`, `group14`, or `disabled` for no perfect forward secrecy.
   * Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).
   */
  ipsecPfs?: pulumi.Input<enums.IpsecPfs>;
  /** The lifetime of the security association negotiated in phase two, in seconds: 0 to 86400. Default: 86400. */
  ipsecLifetime?: pulumi.Input<number>;
}

/** The health check of the IPsec connection. */
export interface VpnConnectionHealthCheckConfigArgs {
  /** Whether the health check is enabled. Default: `false`. */
  enable?: pulumi.Input<boolean>;
  /** The destination IPv4 address of the health check probes. */
  dip?: pulumi.Input<string>;
  /** The source IPv4 address of the health check probes. */
  sip?: pulumi.Input<string>;
  /** The interval between health check retries, in seconds (a positive integer). Default: 3. */
  interval?: pulumi.Input<number>;
  /** The number of health check probes sent before the check fails (a positive integer). Default: 3. */
  retry?: pulumi.Input<number>;
}

/** The BGP configuration of the IPsec connection. */
export interface VpnConnectionBgpConfigArgs {
  /** Whether BGP is enabled. Default: `false`. */
  enableBgp?: pulumi.Input<boolean>;
  /** The autonomous system number on the Alibaba Cloud side: an integer from 1 to 4294967295. Default: 45104. */
  localAsn?: pulumi.Input<number>;
  /**
   * The CIDR block of the IPsec tunnel: a /30 block inside 169.254.0.0/16, outside the reserved blocks
   * 169.254.0.0/30 to 169.254.6.0/30 and 169.254.169.252/30, and unique on the VPN gateway.
   */
  tunnelCidr?: pulumi.Input<string>;
  /** The BGP address on the Alibaba Cloud side: an IP address inside `tunnelCidr`. */
  localBgpIp?: pulumi.Input<string>;
}
