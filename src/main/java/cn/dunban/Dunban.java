package cn.dunban;
public class Dunban { public static void main(String[] a) {} }
