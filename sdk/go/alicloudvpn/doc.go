// A native Pulumi provider for Alibaba Cloud IPsec-VPN connections (VPC API 2016-04-28).
package alicloudvpn
