/**
 * Fiscal units (财政级次): the governments of the administrative hierarchy that receive and distribute money,
 * from the centre (中央) through provinces (省), prefectures (地级市/州) and counties (县/市/区) to townships (乡镇).
 *
 * <p>A {@link io.github.fiscaltransfer.unit.Recipient} of an allocation line is either a unit below the issuer or
 * the issuer's own retained share (省级留用, 市本级, 县本级); a
 * {@link io.github.fiscaltransfer.unit.UnitRegistry} resolves the names documents print to recipients.
 */
package io.github.fiscaltransfer.unit;
